// SPDX-License-Identifier: MIT
#include "store/migrations.h"

#include <string>

#include "model/inputerror.h"
#include "store/idsequence.h"
#include "store/sqlitedb.h"
#include "store/transaction.h"

namespace tiescope {

namespace {

// Version 1 -> 2: dependency semantics. Relation types learn which end depends on the
// other and a default strength; ties may carry a strength of their own.
void upgradeFrom1(SqliteDb &db)
{
    db.exec("ALTER TABLE relation_types ADD COLUMN dependent TEXT NOT NULL DEFAULT 'none' "
            "CHECK (dependent IN ('from', 'to', 'mutual', 'none'));"
            "ALTER TABLE relation_types ADD COLUMN default_strength REAL NOT NULL DEFAULT 0.5 "
            "CHECK (default_strength BETWEEN 0 AND 1);"
            "ALTER TABLE ties ADD COLUMN strength REAL CHECK (strength IS NULL OR strength BETWEEN 0 AND 1);");
}

// Version 2 -> 3: curation. Row ids become stable (id_sequence remembers the highest id each
// edited table ever gave) and the audit trail (changes) arrives. No existing row changes.
void upgradeFrom2(SqliteDb &db)
{
    db.exec("CREATE TABLE id_sequence (table_name TEXT PRIMARY KEY, last_id INTEGER NOT NULL) WITHOUT ROWID;"
            "CREATE TABLE changes (id INTEGER PRIMARY KEY, time TEXT NOT NULL, author TEXT NOT NULL, "
            "change_set INTEGER NOT NULL, label TEXT NOT NULL DEFAULT '', record_table TEXT NOT NULL CHECK "
            "(record_table IN ('entities', 'ties', 'sources', 'citations')), record_key TEXT NOT NULL, "
            "record_id INTEGER NOT NULL, operation TEXT NOT NULL CHECK (operation IN ('add', 'update', 'delete', "
            "'merge')), before TEXT, after TEXT);"
            "CREATE INDEX changes_change_set ON changes (change_set);");
    IdSequence::raiseToPresent(db);
}

// Version 3 -> 4: the last positions of each layout (see data/schema.sql). No existing row changes.
void upgradeFrom3(SqliteDb &db)
{
    db.exec("CREATE TABLE layouts (name TEXT PRIMARY KEY, saved INTEGER NOT NULL) WITHOUT ROWID;"
            "CREATE TABLE layout_positions (layout TEXT NOT NULL REFERENCES layouts (name) ON DELETE CASCADE, "
            "entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE, x REAL NOT NULL, "
            "y REAL NOT NULL, pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)), "
            "PRIMARY KEY (layout, entity_id)) WITHOUT ROWID;"
            "CREATE INDEX layout_positions_entity ON layout_positions (entity_id);");
}

// Version 4 -> 5: a source's retrieved date and archive address, a citation's short quote.
// Existing rows get the defaults (no date, empty text), so every row reads as before.
void upgradeFrom4(SqliteDb &db)
{
    db.exec("ALTER TABLE sources ADD COLUMN retrieved TEXT;"
            "ALTER TABLE sources ADD COLUMN archive_url TEXT NOT NULL DEFAULT '';"
            "ALTER TABLE citations ADD COLUMN quote TEXT NOT NULL DEFAULT '';");
}

using Step = void (*)(SqliteDb &);
// steps[i] upgrades from version i + 1 to i + 2.
constexpr Step steps[] = {upgradeFrom1, upgradeFrom2, upgradeFrom3, upgradeFrom4};

} // namespace

void Migrations::upgrade(SqliteDb &db, int fromVersion, int toVersion)
{
    if (fromVersion < 1 || toVersion > static_cast<int>(std::size(steps)) + 1 || fromVersion > toVersion)
        throw InputError(db.path(), "cannot upgrade schema version " + std::to_string(fromVersion) + " to " +
                                        std::to_string(toVersion));
    Transaction transaction(db);
    for (int version = fromVersion; version < toVersion; ++version)
        steps[version - 1](db);
    db.exec("PRAGMA user_version = " + std::to_string(toVersion));
    transaction.commit();
}

} // namespace tiescope
