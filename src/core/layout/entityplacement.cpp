// SPDX-License-Identifier: MIT
#include "layout/entityplacement.h"

#include <cmath>
#include <numbers>
#include <unordered_map>

#include "graph/tiegraph.h"

namespace tiescope {

namespace {

constexpr double MinDistance = 45.0; // a little more than two default entity radii

// The placed points by grid cell of MinDistance, so a free spot is found without a scan.
class Occupancy final
{
public:
    void add(Point p) { m_cells[cellOf(p)].push_back(p); }

    [[nodiscard]] bool isFree(Point p) const
    {
        const auto [cx, cy] = coordinates(p);
        for (std::int64_t dx = -1; dx <= 1; ++dx) {
            for (std::int64_t dy = -1; dy <= 1; ++dy) {
                const auto it = m_cells.find(key(cx + dx, cy + dy));
                if (it == m_cells.end())
                    continue;
                for (const Point q : it->second) {
                    if (std::hypot(p.x - q.x, p.y - q.y) < MinDistance)
                        return false;
                }
            }
        }
        return true;
    }

private:
    static std::pair<std::int64_t, std::int64_t> coordinates(Point p)
    {
        return {static_cast<std::int64_t>(std::floor(p.x / MinDistance)),
                static_cast<std::int64_t>(std::floor(p.y / MinDistance))};
    }
    static std::uint64_t key(std::int64_t x, std::int64_t y)
    {
        return (static_cast<std::uint64_t>(x) << 32) ^ (static_cast<std::uint64_t>(y) & 0xffffffffULL);
    }
    static std::uint64_t cellOf(Point p)
    {
        const auto [x, y] = coordinates(p);
        return key(x, y);
    }

    std::unordered_map<std::uint64_t, std::vector<Point>> m_cells;
};

// The first free spot on a sunflower spiral around `anchor` (the anchor itself first).
Point freeSpotNear(const Occupancy &occupied, Point anchor)
{
    constexpr double GoldenAngle = std::numbers::pi * (3.0 - 2.2360679774997896964);
    for (int k = 0;; ++k) {
        const double radius = MinDistance * std::sqrt(static_cast<double>(k));
        const double angle = GoldenAngle * k;
        const Point p{anchor.x + radius * std::cos(angle), anchor.y + radius * std::sin(angle)};
        if (occupied.isFree(p))
            return p;
    }
}

} // namespace

void placeNewEntities(const TieGraph &graph, std::vector<Point> &positions, const std::vector<std::uint8_t> &placed,
                      Point fallback)
{
    Occupancy occupied;
    std::vector<std::uint8_t> done = placed;
    done.resize(positions.size(), 0);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (done[i])
            occupied.add(positions[i]);
    }
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (done[i])
            continue;
        Point sum;
        int count = 0;
        for (const TieGraph::Incidence &incidence : graph.incidences(EntityId(i))) {
            const std::size_t other = incidence.other.index();
            if (other < done.size() && done[other]) {
                sum.x += positions[other].x;
                sum.y += positions[other].y;
                ++count;
            }
        }
        const Point anchor = count ? Point{sum.x / count, sum.y / count} : fallback;
        positions[i] = freeSpotNear(occupied, anchor);
        occupied.add(positions[i]);
        done[i] = 1;
    }
}

} // namespace tiescope
