// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "layout/layoutgraph.h"

namespace tiescope {

// One step of the multilevel scheme (as Graphviz sfdp and Walshaw's method do it): merge
// nodes into groups to get a smaller graph with the same shape. Neighbours are paired by a
// matching (lightest partner first, so groups stay balanced); leaves left over join their
// neighbour's group, which collapses the stars that heavy-tailed graphs are full of.
// A group's mass is the sum of its members', edges between groups add up their weights.
class Coarsener final
{
public:
    struct Level
    {
        LayoutGraph graph;                // the coarse graph
        std::vector<std::uint32_t> group; // fine node -> coarse node
    };

    // Fixed (pinned) fine nodes are never merged, so they stay exact at every level.
    // nullopt when merging would shrink the graph by less than a fifth: stop coarsening.
    [[nodiscard]] static std::optional<Level> coarsen(const LayoutGraph &fine, const std::vector<std::uint8_t> &fixed,
                                                      std::uint64_t seed);
};

} // namespace tiescope
