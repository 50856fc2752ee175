// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class GraphView;

// Puts the connected components of a picture side by side. A force layout repels separate
// components from each other without limit, so a two-entity island can end up far from the
// main one and fitting the view then shrinks everything. Components keep their own shape; the
// largest stays where it is and the others are laid in rows under it, largest first.
// Components holding a fixed (pinned) entity do not move.
class ComponentPacker final
{
public:
    static void pack(const GraphView &view, const std::vector<std::uint32_t> &entities,
                     const std::vector<std::uint8_t> &fixed, std::vector<Point> &positions, double gap);
    // After a warm start: moves each component (without fixed entities) so its centre is where
    // its members' centre was at the start. Forces push separate components apart for ever;
    // this keeps them where the analyst last saw them.
    static void keepInPlace(const GraphView &view, const std::vector<std::uint32_t> &entities,
                            const std::vector<std::uint8_t> &fixed, const std::vector<Point> &start,
                            std::vector<Point> &positions);
};

} // namespace tiescope
