// SPDX-License-Identifier: MIT
#include "geo/mapprojection.h"

#include <algorithm>
#include <numbers>

namespace tiescope {

namespace {

constexpr double Radians = std::numbers::pi / 180.0;
// Antarctica is not drawn; south of this only sea and Tierra del Fuego's tip.
constexpr double SouthLimit = -58.0;
constexpr double NorthLimit = 84.0;

} // namespace

Point MapProjection::project(Point lonLat)
{
    const double lambda = std::clamp(lonLat.x, -180.0, 180.0) * Radians;
    const double phi = std::clamp(lonLat.y, -90.0, 90.0) * Radians;
    const double phi2 = phi * phi;
    const double phi4 = phi2 * phi2;
    // The polynomials of the published projection, in Horner form.
    const double x =
        lambda * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
    const double y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    return Point{x, -y};
}

Point MapProjection::topLeft()
{
    return Point{project({-180.0, 0.0}).x, project({0.0, NorthLimit}).y};
}

Point MapProjection::bottomRight()
{
    return Point{project({180.0, 0.0}).x, project({0.0, SouthLimit}).y};
}

std::pair<Point, Point> MapProjection::projectBox(double west, double south, double east, double north)
{
    Point low = project({west, north}), high = low;
    constexpr int Steps = 16;
    for (int i = 0; i <= Steps; ++i) {
        const double t = static_cast<double>(i) / Steps;
        for (const Point lonLat : {Point{west + (east - west) * t, north}, Point{west + (east - west) * t, south},
                                   Point{west, south + (north - south) * t}, Point{east, south + (north - south) * t}}) {
            const Point p = project(lonLat);
            low = Point{std::min(low.x, p.x), std::min(low.y, p.y)};
            high = Point{std::max(high.x, p.x), std::max(high.y, p.y)};
        }
    }
    return {low, high};
}

} // namespace tiescope
