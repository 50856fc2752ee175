// SPDX-License-Identifier: MIT
#include "store/recordwriter.h"

#include "edit/checkeddraft.h"
#include "edit/recordcheck.h"
#include "io/datasetvalidator.h"
#include "store/datetext.h"
#include "store/sqlitedb.h"
#include "store/statementcache.h"
#include "store/storerecords.h"

namespace tiescope {

using nlohmann::ordered_json;

namespace {

// An insert names its columns with the id last; an update sets them by id.
Statement &prepareRow(StatementCache &statements, const std::string &table, const std::string &columns, int count,
                      bool insert)
{
    if (insert) {
        std::string marks;
        for (int i = 0; i <= count; ++i)
            marks += i == 0 ? "?" : ", ?";
        return statements.get("INSERT INTO " + table + " (" + columns + ", id) VALUES (" + marks + ")");
    }
    std::string assignments;
    std::size_t start = 0;
    while (start <= columns.size()) {
        const std::size_t comma = columns.find(", ", start);
        const std::string column = columns.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        assignments += (assignments.empty() ? "" : ", ") + column + " = ?";
        if (comma == std::string::npos)
            break;
        start = comma + 2;
    }
    return statements.get("UPDATE " + table + " SET " + assignments + " WHERE id = ?");
}

} // namespace

RecordWriter::RecordWriter(SqliteDb &db, StoreRecords &records, RecordCheck &check)
    : m_statements(db),
      m_records(records),
      m_check(check)
{
}

const char *RecordWriter::singular(RecordTable table)
{
    switch (table) {
    case RecordTable::Entities:
        return "entity";
    case RecordTable::Ties:
        return "tie";
    case RecordTable::Sources:
        return "source";
    case RecordTable::Citations:
        return "citation";
    }
    return "record";
}

std::string RecordWriter::nameOf(RecordTable table, const std::string &key, std::int64_t rowId)
{
    if (table == RecordTable::Citations)
        return DatasetValidator::recordName("citation", static_cast<std::size_t>(rowId));
    return DatasetValidator::recordName(singular(table), key);
}

std::optional<std::int64_t> RecordWriter::resolve(const char *table, const std::string &key, const char *field,
                                                  const char *what, const std::string &record)
{
    const auto rowId = m_records.find(table, key);
    if (!rowId)
        m_check.problem(record, DatasetValidator::unknownReference(field, what, key, "the store"));
    return rowId;
}

void RecordWriter::touchOwner(const ordered_json &citation)
{
    if (const auto tie = citation.find("tie"); tie != citation.end())
        if (const auto rowId = m_records.find("ties", tie->get<std::string>())) {
            m_touchedTies.insert(*rowId);
            m_citedTies.erase(*rowId);
        }
}

bool RecordWriter::write(RecordTable table, const ordered_json &record, std::int64_t rowId, bool insert,
                         ordered_json *written, const CheckedDraft *checked)
{
    switch (table) {
    case RecordTable::Entities:
        return entity(record, rowId, insert, written, checked);
    case RecordTable::Ties:
        return tie(record, rowId, insert, written, checked);
    case RecordTable::Sources:
        return source(record, rowId, insert, written, checked);
    case RecordTable::Citations:
        return citation(record, rowId, insert, {}, {}, written);
    }
    return false;
}

bool RecordWriter::entity(const ordered_json &record, std::int64_t rowId, bool insert, ordered_json *written,
                          const CheckedDraft *checked)
{
    std::optional<RecordCheck::EntityDraft> own;
    const auto *draft = checked ? std::get_if<RecordCheck::EntityDraft>(&checked->draft) : nullptr;
    if (!draft && !(own = m_check.entity(record)))
        return false;
    if (!draft)
        draft = &*own;
    const Entity &e = draft->entity;
    const auto kind = resolve("entity_kinds", draft->kind, "kind", "kind", nameOf(RecordTable::Entities, e.key, 0));
    if (!kind)
        return false;
    Statement &row = prepareRow(m_statements, "entities", "key, name, kind_id, country, description", 5, insert);
    row.bind(1, std::string_view(e.key));
    row.bind(2, std::string_view(e.name));
    row.bind(3, *kind);
    row.bind(4, std::string_view(e.country));
    row.bind(5, std::string_view(e.description));
    row.bind(6, rowId);
    row.run();
    Statement &clear = m_statements.get("DELETE FROM entity_aliases WHERE entity_id = ?");
    clear.bind(1, rowId);
    clear.run();
    Statement &alias = m_statements.get("INSERT INTO entity_aliases (entity_id, position, alias) VALUES (?, ?, ?)");
    for (std::size_t i = 0; i < e.aliases.size(); ++i) {
        alias.bind(1, rowId);
        alias.bind(2, static_cast<std::int64_t>(i));
        alias.bind(3, std::string_view(e.aliases[i]));
        alias.run();
    }
    if (written)
        *written = StoreRecords::entityRecord(e, draft->kind);
    return true;
}

bool RecordWriter::tie(const ordered_json &record, std::int64_t rowId, bool insert, ordered_json *written,
                       const CheckedDraft *checked)
{
    std::optional<RecordCheck::TieDraft> own;
    const auto *draft = checked ? std::get_if<RecordCheck::TieDraft>(&checked->draft) : nullptr;
    if (!draft && !(own = m_check.tie(record)))
        return false;
    if (!draft)
        draft = &*own;
    const Tie &t = draft->tie;
    const std::string name = nameOf(RecordTable::Ties, t.key, 0);
    const auto from = resolve("entities", draft->from, "from", "entity", name);
    const auto to = resolve("entities", draft->to, "to", "entity", name);
    const auto domain = resolve("domains", draft->domain, "domain", "domain", name);
    const auto relation = resolve("relation_types", draft->relation, "relation", "relation", name);
    if (!from || !to || !domain || !relation)
        return false;
    Statement &row = prepareRow(m_statements, "ties",
                                "key, from_id, to_id, domain_id, relation_id, start_date, end_date, status, strength, "
                                "note",
                                10, insert);
    row.bind(1, std::string_view(t.key));
    row.bind(2, *from);
    row.bind(3, *to);
    row.bind(4, *domain);
    row.bind(5, *relation);
    row.bind(6, dateText(t.start));
    row.bind(7, dateText(t.end));
    row.bind(8, toString(t.status));
    row.bind(9, t.strength);
    row.bind(10, std::string_view(t.note));
    row.bind(11, rowId);
    row.run();
    m_touchedTies.insert(rowId);
    if (written)
        *written = StoreRecords::tieRecord(t, draft->from, draft->to, draft->domain, draft->relation);
    return true;
}

bool RecordWriter::source(const ordered_json &record, std::int64_t rowId, bool insert, ordered_json *written,
                          const CheckedDraft *checked)
{
    std::optional<Source> own;
    const auto *s = checked ? std::get_if<Source>(&checked->draft) : nullptr;
    if (!s && !(own = m_check.source(record)))
        return false;
    if (!s)
        s = &*own;
    Statement &row = prepareRow(m_statements, "sources",
                                "key, title, author, publisher, date, kind, url, retrieved, archive_url", 9, insert);
    row.bind(1, std::string_view(s->key));
    row.bind(2, std::string_view(s->title));
    row.bind(3, std::string_view(s->author));
    row.bind(4, std::string_view(s->publisher));
    row.bind(5, dateText(s->date));
    row.bind(6, std::string_view(s->kind));
    row.bind(7, std::string_view(s->url));
    row.bind(8, dateText(s->retrieved));
    row.bind(9, std::string_view(s->archiveUrl));
    row.bind(10, rowId);
    row.run();
    if (written)
        *written = StoreRecords::sourceRecord(*s);
    return true;
}

bool RecordWriter::citation(const ordered_json &record, std::int64_t rowId, bool insert, const std::string &ownerTable,
                            const std::string &ownerKey, ordered_json *written)
{
    const std::string name = ownerTable.empty()
                                 ? nameOf(RecordTable::Citations, {}, rowId)
                                 : DatasetValidator::recordName(ownerTable == "ties" ? "tie" : "entity", ownerKey) +
                                       " citation";
    const auto draft = m_check.citation(record, name, ownerTable, ownerKey);
    if (!draft)
        return false;
    const bool ofTie = draft->ownerTable == "ties";
    const auto owner = resolve(ofTie ? "ties" : "entities", draft->ownerKey, ofTie ? "tie" : "entity",
                               ofTie ? "tie" : "entity", name);
    const auto source = resolve("sources", draft->source, "source", "source", name);
    if (!owner || !source)
        return false;
    Statement &row = prepareRow(m_statements, "citations",
                                "source_id, tie_id, entity_id, locator, reliability, credibility, quote", 7, insert);
    row.bind(1, *source);
    if (ofTie) {
        row.bind(2, *owner);
        row.bindNull(3);
        m_touchedTies.insert(*owner);
        m_citedTies.insert(*owner);
    } else {
        row.bindNull(2);
        row.bind(3, *owner);
    }
    row.bind(4, std::string_view(draft->citation.locator));
    row.bind(5, std::string_view(std::string(1, draft->citation.grade.reliability())));
    row.bind(6, std::int64_t{draft->citation.grade.credibility()});
    row.bind(7, std::string_view(draft->citation.quote));
    row.bind(8, rowId);
    row.run();
    if (written)
        *written = StoreRecords::citationRecord(draft->citation, ofTie, draft->ownerKey, draft->source);
    return true;
}

} // namespace tiescope
