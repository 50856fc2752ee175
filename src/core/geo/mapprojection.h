// SPDX-License-Identifier: MIT
#pragma once

#include <utility>

#include "layout/point.h"

namespace tiescope {

// The Natural Earth projection (Šavrič, Jenny, Patterson and Jenny 2011): a pseudo-
// cylindrical compromise that keeps the high latitudes from swelling as equirectangular
// and Mercator do, so Russia is not drawn twice its size. Longitude and latitude in degrees
// in; map units out (about 2.74 from the centre to either side), y growing southwards as on
// a screen.
class MapProjection final
{
public:
    [[nodiscard]] static Point project(Point lonLat);
    // The projected extent of the latitudes the map draws (lon -180..180, lat -58..84).
    [[nodiscard]] static Point topLeft();
    [[nodiscard]] static Point bottomRight();
    // The projected box around a box of longitudes and latitudes (west < east, south < north):
    // its edges are sampled, since meridians curve in this projection. First the top left,
    // then the bottom right corner.
    [[nodiscard]] static std::pair<Point, Point> projectBox(double west, double south, double east, double north);
};

} // namespace tiescope
