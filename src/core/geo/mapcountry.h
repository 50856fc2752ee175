// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "layout/point.h"

namespace tiescope {

// One country outline of the world map, in degrees (x: longitude, y: latitude).
struct MapCountry final
{
    using Ring = std::vector<Point>;   // implicitly closed
    using Polygon = std::vector<Ring>; // outer ring, then holes

    std::string code; // ISO 3166-1 alpha-2 (XK for Kosovo); empty: drawn, but nothing is placed there
    std::string name;
    Point centre; // where the country's entities gather: inside its largest part
    std::vector<Polygon> polygons;
};

} // namespace tiescope
