// SPDX-License-Identifier: MIT
#pragma once

namespace tiescope {

struct Point final
{
    double x = 0.0;
    double y = 0.0;
    bool operator==(const Point &) const = default;
};

} // namespace tiescope
