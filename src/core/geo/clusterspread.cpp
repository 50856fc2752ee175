// SPDX-License-Identifier: MIT
#include "geo/clusterspread.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <numeric>

namespace tiescope {

namespace {

constexpr int Directions = 32;
constexpr int MaxSteps = 4000; // far beyond any screen: a cluster always finds room

bool fits(const std::vector<ClusterSpread::Circle> &circles, const std::vector<Point> &centres,
          const std::vector<std::size_t> &placed, std::size_t i, Point at, double gap)
{
    return std::none_of(placed.begin(), placed.end(), [&](std::size_t j) {
        return std::hypot(at.x - centres[j].x, at.y - centres[j].y) < circles[i].radius + circles[j].radius + gap;
    });
}

// The way out of the crowd: from the middle of the clusters already placed that this one
// overlaps at home, through its home; straight right when it sits on their middle.
double outwardAngle(const std::vector<ClusterSpread::Circle> &circles, const std::vector<Point> &centres,
                    const std::vector<std::size_t> &placed, std::size_t i, double gap)
{
    const Point home = circles[i].centre;
    double x = 0.0, y = 0.0, weight = 0.0;
    for (const std::size_t j : placed) {
        const double wanted = circles[i].radius + circles[j].radius + gap;
        if (std::hypot(home.x - centres[j].x, home.y - centres[j].y) >= wanted)
            continue;
        x += centres[j].x * circles[j].radius;
        y += centres[j].y * circles[j].radius;
        weight += circles[j].radius;
    }
    if (weight <= 0.0)
        return 0.0;
    const double dx = home.x - x / weight, dy = home.y - y / weight;
    return std::hypot(dx, dy) < 1e-9 ? 0.0 : std::atan2(dy, dx);
}

} // namespace

std::vector<Point> ClusterSpread::spread(const std::vector<Circle> &circles, double gap)
{
    std::vector<Point> centres;
    centres.reserve(circles.size());
    for (const Circle &circle : circles)
        centres.push_back(circle.centre);
    // First the clusters that overlap no other at home: they stay, so a crowd never pushes a
    // country outside it. Then the crowded ones, largest first: the largest stays on its
    // country, and each smaller one moves only as far as it must, the way out of the crowd.
    std::vector<std::uint8_t> alone(circles.size(), 1);
    for (std::size_t i = 0; i < circles.size(); ++i) {
        for (std::size_t j = i + 1; j < circles.size(); ++j) {
            const double apart = std::hypot(circles[i].centre.x - circles[j].centre.x, circles[i].centre.y - circles[j].centre.y);
            if (apart < circles[i].radius + circles[j].radius + gap)
                alone[i] = alone[j] = 0;
        }
    }
    std::vector<std::size_t> order(circles.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (alone[a] != alone[b])
            return alone[a] > alone[b];
        return circles[a].radius > circles[b].radius;
    });
    std::vector<std::size_t> placed;
    placed.reserve(circles.size());
    const double step = std::max(1.0, gap / 2.0);
    for (const std::size_t i : order) {
        const Point home = circles[i].centre;
        if (!fits(circles, centres, placed, i, home, gap)) {
            const double outward = outwardAngle(circles, centres, placed, i, gap);
            bool found = false;
            for (int s = 1; s <= MaxSteps && !found; ++s) {
                const double distance = step * s;
                // Directions in the order of their turn away from the outward one: 0, +1, -1, +2, ...
                for (int k = 0; k < Directions && !found; ++k) {
                    const int turn = (k + 1) / 2 * (k % 2 == 1 ? 1 : -1);
                    const double angle = outward + 2.0 * std::numbers::pi * turn / Directions;
                    const Point at{home.x + distance * std::cos(angle), home.y + distance * std::sin(angle)};
                    if (fits(circles, centres, placed, i, at, gap)) {
                        centres[i] = at;
                        found = true;
                    }
                }
            }
        }
        placed.push_back(i);
    }
    return centres;
}

} // namespace tiescope
