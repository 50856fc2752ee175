// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/entity.h"
#include "model/source.h"
#include "model/tie.h"
#include "store/statement.h"
#include "store/statementcache.h"

namespace tiescope {

class SqliteDb;

// A store's rows as JSON records in the dataset-file form (docs/dataset.md), with the same
// field order and the same nulls (an empty optional text is null): what export-dataset
// writes and what the audit trail keeps as before and after. Statements are prepared once, so
// exporting a large store costs one indexed lookup per record.
class StoreRecords final
{
public:
    explicit StoreRecords(const SqliteDb &db);

    // The row id of the record with this key in entities, ties or sources (or a vocabulary
    // table). A key found once is remembered: keys never change, so it holds until forget().
    [[nodiscard]] std::optional<std::int64_t> find(std::string_view table, std::string_view key);
    // A row just written (its key is then found without a lookup) and one about to be deleted.
    void remember(std::string_view table, std::string key, std::int64_t rowId);
    void forget(std::string_view table, const std::string &key);

    // Each throws InputError when the row does not exist. With citations, an entity or tie
    // holds its citations as the dataset files do; without, it is the row alone (a change-set
    // handles citations as records of their own).
    [[nodiscard]] nlohmann::ordered_json entity(std::int64_t rowId, bool withCitations);
    [[nodiscard]] nlohmann::ordered_json tie(std::int64_t rowId, bool withCitations);
    [[nodiscard]] nlohmann::ordered_json source(std::int64_t rowId);
    // A citation on its own: what it backs ({"tie": KEY} or {"entity": KEY}), then its fields.
    [[nodiscard]] nlohmann::ordered_json citation(std::int64_t rowId);
    // The same records as entity(), tie(), source() and citation() read back, made from the
    // values just written (RecordWriter): an added row's audit after, without reading it back.
    [[nodiscard]] static nlohmann::ordered_json entityRecord(const Entity &entity, const std::string &kind);
    [[nodiscard]] static nlohmann::ordered_json tieRecord(const Tie &tie, const std::string &from, const std::string &to,
                                                          const std::string &domain, const std::string &relation);
    [[nodiscard]] static nlohmann::ordered_json sourceRecord(const Source &source);
    [[nodiscard]] static nlohmann::ordered_json citationRecord(const Citation &citation, bool ofTie,
                                                               const std::string &owner, const std::string &source);
    // The owner of a citation (as citation() gives it) as an audit key: "tie:KEY" or "entity:KEY".
    [[nodiscard]] static std::string citationOwner(const nlohmann::ordered_json &record);

    // Row ids of the citations backing a tie or an entity, and of the ties touching an entity.
    [[nodiscard]] std::vector<std::int64_t> citationsOf(std::string_view ownerColumn, std::int64_t ownerId);
    [[nodiscard]] std::vector<std::int64_t> tiesOf(std::int64_t entityId);

private:
    [[noreturn]] void missing(std::string_view table, std::int64_t rowId) const;
    nlohmann::ordered_json citationList(Statement &statement, std::int64_t ownerId);

    const SqliteDb &m_db;
    Statement m_entity, m_aliases, m_tie, m_source, m_citation, m_entityCitations, m_tieCitations, m_ties;
    StatementCache m_finds; // one lookup by key per table, and the citations of an owner
    // table -> key -> row id, of the keys found or written (a change-set names the same
    // entities, sources and vocabulary over and over)
    std::map<std::string, std::unordered_map<std::string, std::int64_t>, std::less<>> m_known;
};

} // namespace tiescope
