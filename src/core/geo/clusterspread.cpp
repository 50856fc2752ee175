// SPDX-License-Identifier: MIT
#include "geo/clusterspread.h"

#include <cmath>

namespace tiescope {

std::vector<Point> ClusterSpread::spread(const std::vector<Circle> &circles, double gap)
{
    std::vector<Point> centres;
    centres.reserve(circles.size());
    for (const Circle &circle : circles)
        centres.push_back(circle.centre);
    constexpr int Rounds = 120;
    constexpr double Pull = 0.02; // towards home, per round: small, so overlaps win
    for (int round = 0; round < Rounds; ++round) {
        bool moved = false;
        for (std::size_t i = 0; i < centres.size(); ++i) {
            for (std::size_t j = i + 1; j < centres.size(); ++j) {
                double dx = centres[j].x - centres[i].x;
                double dy = centres[j].y - centres[i].y;
                double distance = std::hypot(dx, dy);
                const double wanted = circles[i].radius + circles[j].radius + gap;
                if (distance >= wanted)
                    continue;
                if (distance < 1e-9) {
                    // Same place: part them along a fixed direction chosen by their order.
                    dx = 1.0;
                    dy = static_cast<double>(j - i) * 0.1;
                    distance = std::hypot(dx, dy);
                }
                // The larger cluster moves less, so a country's big cluster stays on it.
                const double push = wanted - distance;
                const double total = circles[i].radius + circles[j].radius + 1e-9;
                const double shareI = circles[j].radius / total, shareJ = circles[i].radius / total;
                centres[i].x -= dx / distance * push * shareI;
                centres[i].y -= dy / distance * push * shareI;
                centres[j].x += dx / distance * push * shareJ;
                centres[j].y += dy / distance * push * shareJ;
                moved = true;
            }
        }
        if (!moved)
            break;
        for (std::size_t i = 0; i < centres.size(); ++i) {
            centres[i].x += (circles[i].centre.x - centres[i].x) * Pull;
            centres[i].y += (circles[i].centre.y - centres[i].y) * Pull;
        }
    }
    return centres;
}

} // namespace tiescope
