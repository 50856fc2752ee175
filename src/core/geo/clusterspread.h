// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "layout/point.h"

namespace tiescope {

// Moves apart the circles of entity clusters that would overlap on the map (Serbia, Kosovo,
// Bosnia and Montenegro sit a few pixels apart at world scale), as cartographers displace
// crowded symbols: a cluster that overlaps none at home never moves, however crowded its
// neighbours; of a crowd the largest stays on its country, and each smaller one, largest
// first, stays home when it has room and otherwise moves the least distance that frees it,
// preferring the way out of the crowd. The map draws a leader line from the country to a
// moved cluster.
// Deterministic: the same circles give the same result.
class ClusterSpread final
{
public:
    struct Circle
    {
        Point centre;
        double radius = 0.0;
    };

    // The new centres, one per circle, in the circles' units; `gap` kept between circles.
    [[nodiscard]] static std::vector<Point> spread(const std::vector<Circle> &circles, double gap = 4.0);
};

} // namespace tiescope
