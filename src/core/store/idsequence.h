// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace tiescope {

class SqliteDb;
class StatementCache;

// The store's id_sequence table: the highest row id each edited table (entities, ties,
// sources, citations) ever gave, so that a deleted row's id is never given to a new row.
// One object serves one change-set's transaction: the first id of a table is taken from the
// table (a statement), the next ones are counted on in memory, and record() writes the last
// given id of each table before the commit (a 100k-record import took an id per record).
class IdSequence final
{
public:
    explicit IdSequence(StatementCache &statements) : m_statements(statements) {}

    // Raises every table's sequence to at least its highest present id (after a bulk write or
    // a migration); never lowers it.
    static void raiseToPresent(SqliteDb &db);
    // Takes the next id of `table` (one of the four above).
    [[nodiscard]] std::int64_t next(std::string_view table);
    // Records every id given as taken; call it in the transaction, before the commit.
    void record();

private:
    StatementCache &m_statements;
    std::map<std::string, std::int64_t, std::less<>> m_last; // table -> the last id given
};

} // namespace tiescope
