// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "layout/point.h"

namespace tiescope {

// Moves apart the circles of entity clusters that would overlap on the map (Serbia, Kosovo,
// Bosnia and Montenegro sit a few pixels apart at world scale), as cartographers displace
// crowded symbols: overlapping pairs push each other apart, a weak pull keeps each circle
// near its country; the map then draws a leader line from the country to its moved cluster.
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
