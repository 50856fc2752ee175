// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include "layout/point.h"

namespace tiescope {

// Where entities stand before any layout ran: a square grid in id order, deterministic and
// without overlaps. The window's view state and the headless scene start from the same one.
[[nodiscard]] inline std::vector<Point> placeholderGrid(std::size_t count, double spacing = 90.0)
{
    const auto columns =
        static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(std::max<std::size_t>(count, 1)))));
    std::vector<Point> grid(count);
    for (std::size_t i = 0; i < count; ++i)
        grid[i] = Point{static_cast<double>(i % columns) * spacing, static_cast<double>(i / columns) * spacing};
    return grid;
}

} // namespace tiescope
