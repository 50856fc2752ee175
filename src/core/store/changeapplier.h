// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "edit/applyresult.h"
#include "edit/recordcheck.h"
#include "store/idsequence.h"
#include "store/recordwriter.h"
#include "store/statementcache.h"
#include "store/storerecords.h"

namespace tiescope {

class SqliteDb;

// Applies a ChangeSet to a store in one transaction: each step is checked (RecordCheck, then
// references and keys against the store as the earlier steps left it) and written; at the end
// every tie the change-set touched must still be cited. On any problem, or when a statement
// fails, the transaction is rolled back and nothing is written. The audit rows go in the same
// transaction. Deleting and merging are expanded into the row-level steps they take, which are
// what the audit trail, the observers and the inverse see.
class ChangeApplier final
{
public:
    explicit ChangeApplier(SqliteDb &db);

    [[nodiscard]] ApplyResult apply(const ChangeSet &changeSet, const std::string &author);

private:
    void run(const Change &change);
    void add(const Change &change);
    void update(const Change &change);
    // A citation's tie must stay cited (touchOwner), unless it goes too.
    void remove(RecordTable table, std::int64_t rowId, bool touchOwner = true);
    void merge(const Change &change);
    void repointTies(std::int64_t merged, std::int64_t into, const std::string &mergedKey, const std::string &intoKey);

    // The row a change names: by key, or a citation by row id; reports when there is none.
    [[nodiscard]] std::optional<std::int64_t> target(const Change &change);
    void addCitations(const nlohmann::ordered_json &citations, const std::string &ownerTable,
                      const std::string &ownerKey);
    [[nodiscard]] nlohmann::ordered_json current(RecordTable table, std::int64_t rowId);
    [[nodiscard]] static std::string auditKey(RecordTable table, const nlohmann::ordered_json &record);
    void checkTiesCited();

    SqliteDb &m_db;
    StatementCache m_statements;
    StoreRecords m_records;
    IdSequence m_ids;
    std::vector<Problem> m_problems;
    RecordCheck m_check;
    RecordWriter m_writer;
    std::vector<AppliedChange> m_applied;
};

} // namespace tiescope
