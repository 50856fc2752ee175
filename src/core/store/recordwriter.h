// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "edit/change.h"
#include "store/statementcache.h"

namespace tiescope {

class RecordCheck;
struct CheckedDraft;
class SqliteDb;
class StoreRecords;

// Writes one record of a change-set into the store's rows after checking it: its own fields
// (RecordCheck) and its references against the store as it is now. Inserts take the row id
// they are given; updates rewrite every column of the row (and an entity's aliases). Remembers
// the ties whose citations changed, for the applier's final "every tie is cited" check.
class RecordWriter final
{
public:
    RecordWriter(SqliteDb &db, StoreRecords &records, RecordCheck &check);

    // False (with the problems reported) when the record cannot be written. With `written`,
    // the row as StoreRecords reads it back is put there (the audit trail's after). With
    // `checked` (RecordCheck's draft of `record`, made by whoever made the change) the record
    // is not checked again; its references are, against the store.
    bool write(RecordTable table, const nlohmann::ordered_json &record, std::int64_t rowId, bool insert,
               nlohmann::ordered_json *written = nullptr, const CheckedDraft *checked = nullptr);
    bool citation(const nlohmann::ordered_json &record, std::int64_t rowId, bool insert,
                  const std::string &ownerTable = {}, const std::string &ownerKey = {},
                  nlohmann::ordered_json *written = nullptr);

    // A reference to another table's row by key; reports an unknown one against `record`.
    [[nodiscard]] std::optional<std::int64_t> resolve(const char *table, const std::string &key, const char *field,
                                                      const char *what, const std::string &record);

    // A citation record (as StoreRecords gives it) whose tie must stay cited.
    void touchOwner(const nlohmann::ordered_json &citation);
    void touchTie(std::int64_t rowId) { m_touchedTies.insert(rowId); }
    void forgetTie(std::int64_t rowId)
    {
        m_touchedTies.erase(rowId);
        m_citedTies.erase(rowId);
    }
    [[nodiscard]] const std::set<std::int64_t> &touchedTies() const { return m_touchedTies; }
    // Touched ties that were given a citation since their last touchOwner: certainly cited, so
    // the final check need not count (for a large import, two queries per tie).
    [[nodiscard]] const std::unordered_set<std::int64_t> &citedTies() const { return m_citedTies; }

    // How messages name a record: `tie "x"`, `citation #12` (a citation by its row id).
    [[nodiscard]] static const char *singular(RecordTable table);
    [[nodiscard]] static std::string nameOf(RecordTable table, const std::string &key, std::int64_t rowId);

private:
    bool entity(const nlohmann::ordered_json &record, std::int64_t rowId, bool insert, nlohmann::ordered_json *written,
                const CheckedDraft *checked);
    bool tie(const nlohmann::ordered_json &record, std::int64_t rowId, bool insert, nlohmann::ordered_json *written,
             const CheckedDraft *checked);
    bool source(const nlohmann::ordered_json &record, std::int64_t rowId, bool insert, nlohmann::ordered_json *written,
                const CheckedDraft *checked);

    StatementCache m_statements;
    StoreRecords &m_records;
    RecordCheck &m_check;
    std::set<std::int64_t> m_touchedTies;
    std::unordered_set<std::int64_t> m_citedTies;
};

} // namespace tiescope
