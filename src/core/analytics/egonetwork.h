// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "graph/graphview.h"
#include "model/strongid.h"

namespace tiescope {

// The neighbourhood of one entity: everything within k hops over visible ties (undirected),
// and the visible ties among those entities.
class EgoNetwork final
{
public:
    struct Result
    {
        std::vector<EntityId> entities; // by distance, then id; the centre first
        std::vector<int> distances;     // parallel to entities
        std::vector<TieId> ties;        // visible ties with both ends inside, in id order
    };

    [[nodiscard]] static Result around(const GraphView &view, EntityId centre, int hops);
    // The view narrowed to the neighbourhood, for showing it on its own.
    [[nodiscard]] static GraphView asView(const GraphView &view, const Result &result);
};

} // namespace tiescope
