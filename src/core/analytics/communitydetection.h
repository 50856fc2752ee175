// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <vector>

#include "analytics/analysiscancelled.h"

namespace tiescope {

class GraphView;

// Groups of entities more tightly tied to each other than to the rest, for colouring:
// Louvain modularity optimisation over the visible ties taken undirected, a pair's weight
// being its number of visible ties. Deterministic: entities are visited in id order and a
// move needs a strictly better gain (equal gains go to the lowest community number).
class CommunityDetection final
{
public:
    struct Result
    {
        std::vector<int> community; // per entity, -1 when hidden; numbered 0.. by smallest member id
        int count = 0;
        double modularity = 0;
    };

    [[nodiscard]] static Result louvain(const GraphView &view, const std::atomic<bool> *cancel = nullptr,
                                        const ProgressCallback &progress = {});
};

} // namespace tiescope
