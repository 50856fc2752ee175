// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class TieGraph;

// Where entities that appeared after a layout (an edit added them) stand until the next one:
// near the placed entities they are tied to, else at `fallback` (the centre of what the analyst
// looks at), each on a free spot so that nothing lands on top of another. `placed` has one byte
// per entity (non-zero: keeps its position); the others get theirs in `positions`.
void placeNewEntities(const TieGraph &graph, std::vector<Point> &positions, const std::vector<std::uint8_t> &placed,
                      Point fallback);

} // namespace tiescope
