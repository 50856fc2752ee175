// SPDX-License-Identifier: MIT
#include "store/audittrail.h"

#include <algorithm>

#include "store/sqlitedb.h"

namespace tiescope {

namespace {

std::optional<std::string> jsonText(const nlohmann::ordered_json &value)
{
    if (value.is_null())
        return std::nullopt;
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

} // namespace

std::int64_t AuditTrail::write(SqliteDb &db, const std::vector<AppliedChange> &changes, const std::string &label,
                               const std::string &author, const std::string &time)
{
    const std::int64_t changeSet = nextChangeSet(db);
    write(db, changes, changeSet, label, author, time);
    return changeSet;
}

std::int64_t AuditTrail::nextChangeSet(const SqliteDb &db)
{
    return db.queryInt("SELECT coalesce(max(change_set), 0) + 1 FROM changes");
}

void AuditTrail::write(SqliteDb &db, const std::vector<AppliedChange> &changes, std::int64_t changeSet,
                       const std::string &label, const std::string &author, const std::string &time)
{
    Statement insert = db.prepare("INSERT INTO changes (time, author, change_set, label, record_table, record_key, "
                                  "record_id, operation, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const AppliedChange &change : changes) {
        insert.bind(1, std::string_view(time));
        insert.bind(2, std::string_view(author));
        insert.bind(3, changeSet);
        insert.bind(4, std::string_view(label));
        insert.bind(5, toString(change.table));
        insert.bind(6, std::string_view(change.key));
        insert.bind(7, change.rowId);
        insert.bind(8, toString(change.operation));
        insert.bind(9, jsonText(change.before));
        insert.bind(10, jsonText(change.after));
        insert.run();
    }
}

std::vector<AuditEntry> AuditTrail::read(const SqliteDb &db, std::size_t limit)
{
    Statement rows = db.prepare("SELECT id, time, author, change_set, label, record_table, record_key, record_id, "
                                "operation, coalesce(before, ''), coalesce(after, '') FROM changes "
                                "ORDER BY id DESC LIMIT ?");
    rows.bind(1, limit == 0 ? std::int64_t{-1} : static_cast<std::int64_t>(limit));
    std::vector<AuditEntry> entries;
    while (rows.step()) {
        entries.push_back(AuditEntry{rows.integer(0), rows.text(1), rows.text(2), rows.integer(3), rows.text(4),
                                     rows.text(5), rows.text(6), rows.integer(7), rows.text(8), rows.text(9),
                                     rows.text(10)});
    }
    std::reverse(entries.begin(), entries.end());
    return entries;
}

} // namespace tiescope
