// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "edit/applyresult.h"
#include "edit/changestream.h"
#include "edit/recordcheck.h"
#include "store/connectionsettings.h"
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
// A change-set given in parts (ChangeStream) is applied part by part in the same one
// transaction: each part's audit rows are written after it, its rows' before/after JSON let go
// unless `keepChanges`, and its undo steps (keys and row ids for added rows) kept only with
// `keepInverse` (the audit trail can give the undo again: LoggedUndo).
class ChangeApplier final
{
public:
    explicit ChangeApplier(SqliteDb &db);

    [[nodiscard]] ApplyResult apply(const ChangeSet &changeSet, const std::string &author);
    // Nothing is written when the stream says not to commit, nor when it gave no change at all;
    // the result then has no problems and change-set id 0.
    [[nodiscard]] ApplyResult apply(ChangeStream &stream, const std::string &label, const std::string &author,
                                    bool keepChanges, bool keepInverse);

private:
    [[nodiscard]] ApplyResult applyAll(ChangeStream &stream, const std::string &label, const std::string &author,
                                       bool commitEmpty);
    // Runs one part's changes, then logs its rows and keeps their undo steps.
    void applyPart(const ChangeSet &part);
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
    std::vector<AppliedChange> m_applied; // of the part being applied
    // The whole change-set's: its audit id and time, what is kept of its rows, its undo steps.
    std::int64_t m_changeSet = 0;
    std::string m_label, m_author, m_time;
    std::size_t m_count = 0;
    bool m_keepChanges = true;
    bool m_keepInverse = true;
    std::vector<AppliedChange> m_kept;
    std::deque<Change> m_undo;
    std::optional<ConnectionSettings> m_settings;
};

} // namespace tiescope
