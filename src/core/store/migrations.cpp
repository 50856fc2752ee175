// SPDX-License-Identifier: MIT
#include "store/migrations.h"

#include <string>

#include "model/inputerror.h"
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

using Step = void (*)(SqliteDb &);
// steps[i] upgrades from version i + 1 to i + 2.
constexpr Step steps[] = {upgradeFrom1};

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
