// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>

namespace tiescope {

struct Point final
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point &) const = default;
};

// sqrt(x^2 + y^2) without std::hypot's overflow care, which costs more than the rest of a
// force evaluation; layout coordinates are nowhere near overflow.
inline double length(double x, double y)
{
    return std::sqrt(x * x + y * y);
}

inline double distance(Point a, Point b)
{
    return length(a.x - b.x, a.y - b.y);
}

} // namespace tiescope
