// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

class GraphView;

// Shortest paths over the visible ties taken undirected: how two entities are connected at
// all, whatever the direction or meaning of the ties.
class PathFinder final
{
public:
    struct Path
    {
        std::vector<EntityId> entities;       // from first to last
        std::vector<std::vector<TieId>> hops; // per step, every visible tie joining the pair
    };

    // Fewest hops; among equally short paths a fixed choice (neighbours are explored in id
    // order), so the answer is stable. Empty when an end is hidden or they are not connected.
    [[nodiscard]] static std::optional<Path> shortestPath(const GraphView &view, EntityId from, EntityId to);
};

} // namespace tiescope
