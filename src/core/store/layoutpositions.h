// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/storedposition.h"

namespace tiescope {

class SqliteDb;

// The store's layouts and layout_positions tables (schema 4): the last picture of each layout.
// They are the window's memory, not the analyst's data: never in the audit trail or an export.
class LayoutPositions final
{
public:
    // Upserts the rows in one transaction and marks the layout the most recently saved. Rows of
    // entities the store no longer has are skipped (another program may have deleted them).
    static void write(SqliteDb &db, const std::string &layout, const std::vector<StoredPosition> &positions);
    // The rows of one layout, by entity row id.
    [[nodiscard]] static std::vector<StoredPosition> read(const SqliteDb &db, const std::string &layout);
    // The layout saved last; none when no layout was saved.
    [[nodiscard]] static std::optional<std::string> last(const SqliteDb &db);
};

} // namespace tiescope
