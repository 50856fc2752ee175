// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class LayoutGraph;

// How faithfully a picture shows the graph, so that layout speed is never bought with a
// worse picture. Both measures are estimated from `samples` seeded source nodes:
// - normalised stress: for pairs (s, v) with graph distance d (hops), the layout distance x
//   is scaled by the one factor a that fits best, then sum((a x - d)^2 / d^2) / pairs.
//   0 means distances are shown exactly; it does not depend on the picture's scale.
// - neighbourhood preservation: for a node with k neighbours, the share (Jaccard) its k
//   nearest nodes in the picture have in common with its neighbours; 1 is perfect.
class LayoutQuality final
{
public:
    struct Result
    {
        double stress = 0.0;
        double neighbourhood = 0.0;
        std::size_t pairs = 0;   // pairs the stress was measured on
        std::size_t samples = 0; // source nodes
    };

    // positions[i] is node i of the graph. samples >= node count measures exactly.
    [[nodiscard]] static Result measure(const LayoutGraph &graph, const std::vector<Point> &positions,
                                        std::size_t samples = 200, std::uint64_t seed = 1);

    // Positions of an entity-indexed vector gathered to the graph's nodes.
    [[nodiscard]] static std::vector<Point> nodePositions(const LayoutGraph &graph,
                                                         const std::vector<Point> &entityPositions);
};

} // namespace tiescope
