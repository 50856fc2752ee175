// SPDX-License-Identifier: MIT
#include "store/storerecords.h"

#include "model/inputerror.h"
#include "store/datetext.h"
#include "store/sqlitedb.h"

namespace tiescope {

using nlohmann::ordered_json;

namespace {

// Schema 5 added a source's retrieved date and archive address and a citation's quote; an
// older store (read-only, not upgraded) reads them as absent.
constexpr const char *CitationColumns = "s.key, c.locator, c.reliability, c.credibility, c.quote";
constexpr const char *OldCitationColumns = "s.key, c.locator, c.reliability, c.credibility, ''";

// Optional text is null when empty, as in the dataset files ("publisher": null).
ordered_json optionalText(const Statement &row, int column)
{
    const std::string text = row.text(column);
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

ordered_json nullable(const Statement &row, int column)
{
    return row.isNull(column) ? ordered_json(nullptr) : ordered_json(row.text(column));
}

ordered_json citationFields(const Statement &row, int first, ordered_json record = ordered_json::object())
{
    record["source"] = row.text(first);
    record["locator"] = optionalText(row, first + 1);
    record["reliability"] = row.text(first + 2);
    record["credibility"] = row.integer(first + 3);
    record["quote"] = optionalText(row, first + 4);
    return record;
}

bool hasSchema5(const SqliteDb &db)
{
    return db.queryInt("PRAGMA user_version") >= 5;
}

const char *citationColumns(const SqliteDb &db)
{
    return hasSchema5(db) ? CitationColumns : OldCitationColumns;
}

std::string citationsBy(const SqliteDb &db, const char *column)
{
    return std::string("SELECT ") + citationColumns(db) +
           " FROM citations c JOIN sources s ON s.id = c.source_id WHERE c." + column + " = ? ORDER BY c.id";
}

} // namespace

StoreRecords::StoreRecords(const SqliteDb &db)
    : m_db(db),
      m_entity(db.prepare("SELECT e.key, e.name, k.key, e.country, e.description FROM entities e "
                          "JOIN entity_kinds k ON k.id = e.kind_id WHERE e.id = ?")),
      m_aliases(db.prepare("SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY position")),
      m_tie(db.prepare("SELECT t.key, f.key, o.key, d.key, r.key, t.start_date, t.end_date, t.status, t.strength, "
                       "t.note FROM ties t JOIN entities f ON f.id = t.from_id JOIN entities o ON o.id = t.to_id "
                       "JOIN domains d ON d.id = t.domain_id JOIN relation_types r ON r.id = t.relation_id "
                       "WHERE t.id = ?")),
      m_source(db.prepare(hasSchema5(db) ? "SELECT key, title, author, publisher, date, kind, url, retrieved, "
                                           "archive_url FROM sources WHERE id = ?"
                                         : "SELECT key, title, author, publisher, date, kind, url, NULL, '' "
                                           "FROM sources WHERE id = ?")),
      m_citation(db.prepare(std::string("SELECT t.key, e.key, ") + citationColumns(db) +
                            " FROM citations c JOIN sources s ON s.id = c.source_id "
                            "LEFT JOIN ties t ON t.id = c.tie_id LEFT JOIN entities e ON e.id = c.entity_id "
                            "WHERE c.id = ?")),
      m_entityCitations(db.prepare(citationsBy(db, "entity_id"))),
      m_tieCitations(db.prepare(citationsBy(db, "tie_id"))),
      m_ties(db.prepare("SELECT id FROM ties WHERE from_id = ?1 OR to_id = ?1 ORDER BY id")),
      m_finds(db)
{
}

void StoreRecords::missing(std::string_view table, std::int64_t rowId) const
{
    throw InputError(m_db.path(), "no row " + std::to_string(rowId) + " in " + std::string(table));
}

std::optional<std::int64_t> StoreRecords::find(std::string_view table, std::string_view key)
{
    auto known = m_known.find(table);
    if (known == m_known.end())
        known = m_known.emplace(std::string(table), std::unordered_map<std::string, std::int64_t>()).first;
    if (const auto found = known->second.find(std::string(key)); found != known->second.end())
        return found->second;
    // One of a few constant table names, never data.
    Statement &lookup = m_finds.get("SELECT id FROM \"" + std::string(table) + "\" WHERE key = ?");
    lookup.bind(1, key);
    std::optional<std::int64_t> rowId;
    if (lookup.step())
        rowId = lookup.integer(0);
    lookup.reset();
    if (rowId)
        known->second.emplace(std::string(key), *rowId);
    return rowId;
}

void StoreRecords::remember(std::string_view table, std::string key, std::int64_t rowId)
{
    auto known = m_known.find(table);
    if (known == m_known.end())
        known = m_known.emplace(std::string(table), std::unordered_map<std::string, std::int64_t>()).first;
    known->second.insert_or_assign(std::move(key), rowId);
}

void StoreRecords::forget(std::string_view table, const std::string &key)
{
    if (const auto known = m_known.find(table); known != m_known.end())
        known->second.erase(key);
}

ordered_json StoreRecords::citationList(Statement &statement, std::int64_t ownerId)
{
    ordered_json list = ordered_json::array();
    statement.bind(1, ownerId);
    while (statement.step())
        list.push_back(citationFields(statement, 0));
    statement.reset();
    return list;
}

ordered_json StoreRecords::entity(std::int64_t rowId, bool withCitations)
{
    m_entity.bind(1, rowId);
    if (!m_entity.step())
        missing("entities", rowId);
    ordered_json record = ordered_json::object();
    record["id"] = m_entity.text(0);
    record["name"] = m_entity.text(1);
    record["kind"] = m_entity.text(2);
    record["country"] = optionalText(m_entity, 3);
    ordered_json aliases = ordered_json::array();
    m_aliases.bind(1, rowId);
    while (m_aliases.step())
        aliases.push_back(m_aliases.text(0));
    m_aliases.reset();
    record["aliases"] = std::move(aliases);
    record["description"] = optionalText(m_entity, 4);
    m_entity.reset();
    if (withCitations)
        record["citations"] = citationList(m_entityCitations, rowId);
    return record;
}

ordered_json StoreRecords::tie(std::int64_t rowId, bool withCitations)
{
    m_tie.bind(1, rowId);
    if (!m_tie.step())
        missing("ties", rowId);
    ordered_json record = ordered_json::object();
    record["id"] = m_tie.text(0);
    record["from"] = m_tie.text(1);
    record["to"] = m_tie.text(2);
    record["domain"] = m_tie.text(3);
    record["relation"] = m_tie.text(4);
    record["start"] = nullable(m_tie, 5);
    record["end"] = nullable(m_tie, 6);
    record["status"] = m_tie.text(7);
    record["strength"] = m_tie.isNull(8) ? ordered_json(nullptr) : ordered_json(m_tie.real(8));
    record["note"] = optionalText(m_tie, 9);
    m_tie.reset();
    if (withCitations)
        record["citations"] = citationList(m_tieCitations, rowId);
    return record;
}

ordered_json StoreRecords::source(std::int64_t rowId)
{
    m_source.bind(1, rowId);
    if (!m_source.step())
        missing("sources", rowId);
    ordered_json record = ordered_json::object();
    record["id"] = m_source.text(0);
    record["title"] = m_source.text(1);
    record["author"] = m_source.text(2);
    record["publisher"] = optionalText(m_source, 3);
    record["date"] = nullable(m_source, 4);
    record["kind"] = m_source.text(5);
    record["url"] = optionalText(m_source, 6);
    record["retrieved"] = nullable(m_source, 7);
    record["archive_url"] = optionalText(m_source, 8);
    m_source.reset();
    return record;
}

ordered_json StoreRecords::citation(std::int64_t rowId)
{
    m_citation.bind(1, rowId);
    if (!m_citation.step())
        missing("citations", rowId);
    ordered_json record = ordered_json::object();
    if (!m_citation.isNull(0))
        record["tie"] = m_citation.text(0);
    else
        record["entity"] = m_citation.text(1);
    record = citationFields(m_citation, 2, std::move(record));
    m_citation.reset();
    return record;
}

namespace {

// As optionalText and nullable read them: empty text and an absent date are null.
ordered_json textOrNull(const std::string &text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

ordered_json dateOrNull(const std::optional<std::string> &date)
{
    return date ? ordered_json(*date) : ordered_json(nullptr);
}

} // namespace

ordered_json StoreRecords::entityRecord(const Entity &entity, const std::string &kind)
{
    ordered_json record = ordered_json::object();
    record["id"] = entity.key;
    record["name"] = entity.name;
    record["kind"] = kind;
    record["country"] = textOrNull(entity.country);
    record["aliases"] = entity.aliases;
    record["description"] = textOrNull(entity.description);
    return record;
}

ordered_json StoreRecords::tieRecord(const Tie &tie, const std::string &from, const std::string &to,
                                     const std::string &domain, const std::string &relation)
{
    ordered_json record = ordered_json::object();
    record["id"] = tie.key;
    record["from"] = from;
    record["to"] = to;
    record["domain"] = domain;
    record["relation"] = relation;
    record["start"] = dateOrNull(dateText(tie.start));
    record["end"] = dateOrNull(dateText(tie.end));
    record["status"] = std::string(toString(tie.status));
    record["strength"] = tie.strength ? ordered_json(*tie.strength) : ordered_json(nullptr);
    record["note"] = textOrNull(tie.note);
    return record;
}

ordered_json StoreRecords::sourceRecord(const Source &source)
{
    ordered_json record = ordered_json::object();
    record["id"] = source.key;
    record["title"] = source.title;
    record["author"] = source.author;
    record["publisher"] = textOrNull(source.publisher);
    record["date"] = dateOrNull(dateText(source.date));
    record["kind"] = source.kind;
    record["url"] = textOrNull(source.url);
    record["retrieved"] = dateOrNull(dateText(source.retrieved));
    record["archive_url"] = textOrNull(source.archiveUrl);
    return record;
}

ordered_json StoreRecords::citationRecord(const Citation &citation, bool ofTie, const std::string &owner,
                                          const std::string &source)
{
    ordered_json record = ordered_json::object();
    record[ofTie ? "tie" : "entity"] = owner;
    record["source"] = source;
    record["locator"] = textOrNull(citation.locator);
    record["reliability"] = std::string(1, citation.grade.reliability());
    record["credibility"] = std::int64_t{citation.grade.credibility()};
    record["quote"] = textOrNull(citation.quote);
    return record;
}

std::string StoreRecords::citationOwner(const ordered_json &record)
{
    return record.contains("tie") ? "tie:" + record["tie"].get<std::string>()
                                  : "entity:" + record["entity"].get<std::string>();
}

std::vector<std::int64_t> StoreRecords::citationsOf(std::string_view ownerColumn, std::int64_t ownerId)
{
    // ownerColumn is "tie_id" or "entity_id", from the caller, never data. Prepared once: a
    // bulk delete asks for every tie's citations.
    Statement &ids = m_finds.get("SELECT id FROM citations WHERE \"" + std::string(ownerColumn) + "\" = ? ORDER BY id");
    ids.bind(1, ownerId);
    std::vector<std::int64_t> result;
    while (ids.step())
        result.push_back(ids.integer(0));
    ids.reset();
    return result;
}

std::vector<std::int64_t> StoreRecords::tiesOf(std::int64_t entityId)
{
    std::vector<std::int64_t> result;
    m_ties.bind(1, entityId);
    while (m_ties.step())
        result.push_back(m_ties.integer(0));
    m_ties.reset();
    return result;
}

} // namespace tiescope
