// SPDX-License-Identifier: MIT
#include "store/storewriter.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "model/dataset.h"
#include "model/inputerror.h"
#include "store/connectionsettings.h"
#include "store/datetext.h"
#include "store/idsequence.h"
#include "store/sqlitedb.h"
#include "store/transaction.h"

namespace tiescope {

namespace {

// Row ids of the tables that are not edited: table index + 1.
std::int64_t rowId(std::size_t index)
{
    return static_cast<std::int64_t>(index) + 1;
}

// The row id of each record of an edited table: its own (a record loaded from a store keeps
// the id it had, so a rewrite renumbers nothing), or for a new record one past the highest so
// far. A never-edited dataset gets index + 1, which the reader maps back without a lookup.
template <typename Row>
std::vector<std::int64_t> rowIds(const std::vector<Row> &rows)
{
    std::int64_t next = 1;
    for (const Row &row : rows)
        next = std::max(next, row.rowId + 1);
    std::vector<std::int64_t> ids;
    ids.reserve(rows.size());
    for (const Row &row : rows)
        ids.push_back(row.rowId > 0 ? row.rowId : next++);
    return ids;
}

void writeMetadata(SqliteDb &db, const DatasetInfo &info)
{
    Statement insert = db.prepare("INSERT INTO metadata (key, value) VALUES (?, ?)");
    for (const auto &[key, value] : {std::pair<const char *, const std::string &>{"title", info.title},
                                     {"version", info.version},
                                     {"description", info.description},
                                     {"built_at", info.builtAt},
                                     {"language", info.language}}) {
        insert.bind(1, std::string_view(key));
        insert.bind(2, std::string_view(value));
        insert.run();
    }
}

void writeCitation(Statement &insert, const Citation &citation, const std::vector<std::int64_t> &sourceIds,
                   int subjectColumn, std::int64_t subject)
{
    if (citation.rowId > 0)
        insert.bind(7, citation.rowId);
    else
        insert.bindNull(7); // SQLite gives the next id
    insert.bind(8, std::string_view(citation.quote));
    insert.bind(1, sourceIds[citation.source.index()]);
    insert.bind(subjectColumn, subject);
    insert.bindNull(subjectColumn == 2 ? 3 : 2);
    insert.bind(4, std::string_view(citation.locator));
    insert.bind(5, std::string_view(std::string(1, citation.grade.reliability())));
    insert.bind(6, std::int64_t{citation.grade.credibility()});
    insert.run();
}

// What the foreign keys and the CHECK constraints of the three big tables (entities, ties,
// citations) would reject, checked in one pass over the model before anything is written.
// Those tables are then written with the CHECKs off: their other checked values come from
// enums and Grade and cannot be wrong, and SQLite evaluates `status IN ('confirmed', ...)` by
// opening a temporary b-tree for every row (two thirds of the time of writing 1M ties).
void checkReferences(const Dataset &data, const std::string &path)
{
    const auto fail = [&path](const std::string &what, const std::string &key) {
        throw InputError(path, "writing: " + what + " \"" + key + "\" refers to a row that does not exist");
    };
    const auto sourceOk = [&data](const Citation &c) { return c.source.index() < data.sources().size(); };
    for (const Entity &e : data.entities()) {
        if (e.kind.index() >= data.kinds().size())
            fail("entity", e.key);
        for (const Citation &c : e.citations)
            if (!sourceOk(c))
                fail("a citation of entity", e.key);
    }
    const std::size_t entities = data.entities().size();
    for (const Tie &t : data.ties()) {
        if (t.from.index() >= entities || t.to.index() >= entities || t.domain.index() >= data.domains().size() ||
            t.relation.index() >= data.relations().size())
            fail("tie", t.key);
        if (t.strength && !(*t.strength >= 0.0 && *t.strength <= 1.0))
            throw InputError(path, "writing: tie \"" + t.key + "\" has a strength outside 0..1");
        for (const Citation &c : t.citations)
            if (!sourceOk(c))
                fail("a citation of tie", t.key);
    }
}

// The store's own secondary indexes as the file defines them (name, SQL), so a bulk write can
// drop them and build them once at the end instead of inserting into them row by row.
std::vector<std::pair<std::string, std::string>> secondaryIndexes(SqliteDb &db)
{
    std::vector<std::pair<std::string, std::string>> indexes;
    Statement rows = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL "
                                "ORDER BY name");
    while (rows.step())
        indexes.emplace_back(rows.text(0), rows.text(1));
    return indexes;
}

} // namespace

void StoreWriter::write(SqliteDb &db, const Dataset &data)
{
    checkReferences(data, db.path());
    // Bulk-write settings, always restored: foreign keys are not checked row by row (the pragma
    // cannot change inside a transaction, so it is switched around it; checkReferences does the
    // work once), and a 64 MiB page cache, so building the key indexes of a million rows does
    // not reread pages from the file.
    const ConnectionSettings settings(
        db, "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536; PRAGMA threads = 2",
        "PRAGMA foreign_keys = ON; PRAGMA ignore_check_constraints = OFF; PRAGMA cache_size = -2000");
    Transaction transaction(db);
    db.exec("DELETE FROM layout_positions; DELETE FROM layouts; DELETE FROM citations; DELETE FROM ties; DELETE FROM entity_aliases; DELETE FROM entities;"
            "DELETE FROM sources; DELETE FROM relation_types; DELETE FROM entity_kinds; DELETE FROM domains;"
            "DELETE FROM metadata;");
    const auto indexes = secondaryIndexes(db);
    for (const auto &[name, sql] : indexes)
        db.exec("DROP INDEX \"" + name + "\"");
    writeMetadata(db, data.info());

    Statement domain = db.prepare("INSERT INTO domains (id, key, label, colour) VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < data.domains().size(); ++i) {
        const Domain &d = data.domains()[i];
        domain.bind(1, rowId(i));
        domain.bind(2, std::string_view(d.key));
        domain.bind(3, std::string_view(d.label));
        domain.bind(4, std::string_view(d.colour));
        domain.run();
    }
    Statement kind = db.prepare("INSERT INTO entity_kinds (id, key, label) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < data.kinds().size(); ++i) {
        kind.bind(1, rowId(i));
        kind.bind(2, std::string_view(data.kinds()[i].key));
        kind.bind(3, std::string_view(data.kinds()[i].label));
        kind.run();
    }
    Statement relation = db.prepare("INSERT INTO relation_types (id, key, label, description, directed, dependent, "
                                    "default_strength) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < data.relations().size(); ++i) {
        const RelationType &r = data.relations()[i];
        relation.bind(1, rowId(i));
        relation.bind(2, std::string_view(r.key));
        relation.bind(3, std::string_view(r.label));
        relation.bind(4, std::string_view(r.description));
        relation.bind(5, std::int64_t{r.directed ? 1 : 0});
        relation.bind(6, toString(r.dependent));
        relation.bind(7, r.defaultStrength);
        relation.run();
    }
    Statement source = db.prepare("INSERT INTO sources (id, key, title, author, publisher, date, kind, url, retrieved, "
                                  "archive_url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto sourceIds = rowIds(data.sources());
    for (std::size_t i = 0; i < data.sources().size(); ++i) {
        const Source &s = data.sources()[i];
        source.bind(1, sourceIds[i]);
        source.bind(2, std::string_view(s.key));
        source.bind(3, std::string_view(s.title));
        source.bind(4, std::string_view(s.author));
        source.bind(5, std::string_view(s.publisher));
        source.bind(6, dateText(s.date));
        source.bind(7, std::string_view(s.kind));
        source.bind(8, std::string_view(s.url));
        source.bind(9, dateText(s.retrieved));
        source.bind(10, std::string_view(s.archiveUrl));
        source.run();
    }
    db.exec("PRAGMA ignore_check_constraints = ON"); // see checkReferences
    Statement citation = db.prepare("INSERT INTO citations (source_id, tie_id, entity_id, locator, reliability, "
                                    "credibility, id, quote) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement entity = db.prepare("INSERT INTO entities (id, key, name, kind_id, country, description) "
                                  "VALUES (?, ?, ?, ?, ?, ?)");
    Statement alias = db.prepare("INSERT INTO entity_aliases (entity_id, position, alias) VALUES (?, ?, ?)");
    const auto entityIds = rowIds(data.entities());
    for (std::size_t i = 0; i < data.entities().size(); ++i) {
        const Entity &e = data.entities()[i];
        entity.bind(1, entityIds[i]);
        entity.bind(2, std::string_view(e.key));
        entity.bind(3, std::string_view(e.name));
        entity.bind(4, rowId(e.kind.index()));
        entity.bind(5, std::string_view(e.country));
        entity.bind(6, std::string_view(e.description));
        entity.run();
        for (std::size_t a = 0; a < e.aliases.size(); ++a) {
            alias.bind(1, entityIds[i]);
            alias.bind(2, static_cast<std::int64_t>(a));
            alias.bind(3, std::string_view(e.aliases[a]));
            alias.run();
        }
        for (const Citation &c : e.citations)
            writeCitation(citation, c, sourceIds, 3, entityIds[i]);
    }
    Statement tie = db.prepare("INSERT INTO ties (id, key, from_id, to_id, domain_id, relation_id, start_date, "
                               "end_date, status, strength, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto tieIds = rowIds(data.ties());
    for (std::size_t i = 0; i < data.ties().size(); ++i) {
        const Tie &t = data.ties()[i];
        tie.bind(1, tieIds[i]);
        tie.bind(2, std::string_view(t.key));
        tie.bind(3, entityIds[t.from.index()]);
        tie.bind(4, entityIds[t.to.index()]);
        tie.bind(5, rowId(t.domain.index()));
        tie.bind(6, rowId(t.relation.index()));
        tie.bind(7, dateText(t.start));
        tie.bind(8, dateText(t.end));
        tie.bind(9, toString(t.status));
        tie.bind(10, t.strength);
        tie.bind(11, std::string_view(t.note));
        tie.run();
        for (const Citation &c : t.citations)
            writeCitation(citation, c, sourceIds, 2, tieIds[i]);
    }
    for (const auto &[name, sql] : indexes)
        db.exec(sql);
    // No id is given twice: the sequence only ever grows (see data/schema.sql).
    IdSequence::raiseToPresent(db);
    transaction.commit();
}

} // namespace tiescope
