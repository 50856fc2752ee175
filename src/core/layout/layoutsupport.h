// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "layout/layoutrequest.h"
#include "layout/point.h"

namespace tiescope {

class GraphView;

// Helpers shared by the layouts. They work in one pass over the view's tie mask, never per
// entity through incidence lists, so they stay linear at a million ties.
namespace layoutsupport {

// Room one labelled node needs: a node is ~30 units wide, its label about as much again.
inline constexpr double NodeSpacing = 60.0;

// The request's initial positions, or the origin for every entity when there are none.
[[nodiscard]] std::vector<Point> startPositions(const LayoutRequest &request);

// True when the layout may move the entity: it is visible and not pinned.
[[nodiscard]] bool isMovable(const LayoutRequest &request, std::uint32_t entity);

// Per entity, the domain index with most visible ties (ties broken by the lower index), or
// the number of domains for entities without a visible tie.
[[nodiscard]] std::vector<std::uint32_t> dominantDomains(const GraphView &view);

// Throws std::invalid_argument when the request has no view or mismatched vectors.
void checkRequest(const LayoutRequest &request);

} // namespace layoutsupport

} // namespace tiescope
