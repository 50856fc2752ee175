// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace tiescope {

// Where one entity stood in a layout the analyst left, as the store keeps it: by the entity's
// stable row id (Entity::rowId), so an edit that adds or deletes others does not move it.
struct StoredPosition
{
    std::int64_t entityRowId = 0;
    double x = 0.0;
    double y = 0.0;
    bool pinned = false;

    friend bool operator==(const StoredPosition &, const StoredPosition &) = default;
};

} // namespace tiescope
