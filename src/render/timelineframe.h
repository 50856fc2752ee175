// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <set>

#include "model/strongid.h"

namespace tiescope {

// What one frame of the timeline shows besides the lanes: the visible days and rows, the date
// window brushed or set in the Time dock, the play cursor and the selected ties.
struct TimelineFrame final
{
    double firstDay = 0.0; // days since 1970-01-01 at the plot's left edge
    double lastDay = 365.0;
    double firstRow = 0.0; // the row at the plot's top (fractional while scrolling)
    std::optional<std::int32_t> windowFirst; // the date window; an empty side is open
    std::optional<std::int32_t> windowLast;
    bool hasWindow = false;
    std::optional<std::int32_t> cursor; // the play cursor
    std::set<TieId> selected;
    bool showKey = true; // the line that says what solid, faded, hatched and arrows mean
};

} // namespace tiescope
