// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace tiescope {

class SqliteDb;
class StatementCache;

// The store's id_sequence table: the highest row id each edited table (entities, ties,
// sources, citations) ever gave, so that a deleted row's id is never given to a new row.
class IdSequence final
{
public:
    // Raises every table's sequence to at least its highest present id (after a bulk write or
    // a migration); never lowers it.
    static void raiseToPresent(SqliteDb &db);
    // Takes the next id of `table` (one of the four above) and records it as given; the
    // statement is prepared once per cache (a change-set takes an id per record).
    [[nodiscard]] static std::int64_t next(StatementCache &statements, std::string_view table);
};

} // namespace tiescope
