// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "edit/change.h"
#include "edit/auditentry.h"

namespace tiescope {

class SqliteDb;

// The store's changes table: written by the change applier inside its transaction, read by
// `tiescope-cli history` and (later) the window's History dock.
class AuditTrail final
{
public:
    // Logs one change-set's rows under a new change-set id, which it returns.
    static std::int64_t write(SqliteDb &db, const std::vector<AppliedChange> &changes, const std::string &label,
                              const std::string &author, const std::string &time);
    // The id the next change-set gets; rows logged under it with write() below, in parts when
    // the change-set is applied in parts (all in its one transaction).
    [[nodiscard]] static std::int64_t nextChangeSet(const SqliteDb &db);
    static void write(SqliteDb &db, const std::vector<AppliedChange> &changes, std::int64_t changeSet,
                      const std::string &label, const std::string &author, const std::string &time);
    // Oldest first; with a limit, the newest `limit` rows (still oldest first).
    [[nodiscard]] static std::vector<AuditEntry> read(const SqliteDb &db, std::size_t limit = 0);
};

} // namespace tiescope
