// SPDX-License-Identifier: MIT
#include "layout/barneshuttree.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace tiescope {

namespace {

constexpr std::uint32_t LeafSize = 8;
constexpr int MaxDepth = 40; // coincident points end in one leaf instead of recursing forever

} // namespace

void BarnesHutTree::build(const std::vector<Point> &positions, const std::vector<double> &masses)
{
    m_positions = &positions;
    m_masses = &masses;
    m_cells.clear();
    m_order.resize(positions.size());
    std::iota(m_order.begin(), m_order.end(), 0U);
    m_scratch.resize(positions.size());
    if (positions.empty())
        return;
    double minX = positions[0].x;
    double maxX = minX;
    double minY = positions[0].y;
    double maxY = minY;
    for (const Point &p : positions) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const double width = std::max({maxX - minX, maxY - minY, 1e-9}) * 1.0000001;
    m_cells.reserve(positions.size() / 2 + 16);
    buildCell(minX, minY, width, 0, static_cast<std::uint32_t>(positions.size()), 0);
}

void BarnesHutTree::buildCell(double x0, double y0, double width, std::uint32_t begin, std::uint32_t end, int depth)
{
    const auto self = static_cast<std::uint32_t>(m_cells.size());
    m_cells.push_back(Cell{});
    m_cells[self].width = width;
    const auto &positions = *m_positions;
    const auto &masses = *m_masses;
    if (end - begin <= LeafSize || depth >= MaxDepth) {
        double mass = 0.0;
        double x = 0.0;
        double y = 0.0;
        for (std::uint32_t k = begin; k < end; ++k) {
            const std::uint32_t i = m_order[k];
            mass += masses[i];
            x += masses[i] * positions[i].x;
            y += masses[i] * positions[i].y;
        }
        Cell &cell = m_cells[self];
        cell.mass = mass;
        cell.x = mass > 0 ? x / mass : 0.0;
        cell.y = mass > 0 ? y / mass : 0.0;
        cell.begin = begin;
        cell.end = end;
        cell.next = static_cast<std::uint32_t>(m_cells.size());
        return;
    }
    // Split into quadrants with a stable counting pass, so the order is reproducible.
    const double half = width / 2.0;
    const auto quadrant = [&](std::uint32_t i) {
        return (positions[i].x >= x0 + half ? 1 : 0) + (positions[i].y >= y0 + half ? 2 : 0);
    };
    std::array<std::uint32_t, 5> start{};
    for (std::uint32_t k = begin; k < end; ++k)
        ++start[quadrant(m_order[k]) + 1];
    start[0] = begin;
    for (int q = 1; q < 5; ++q)
        start[q] += start[q - 1];
    std::array<std::uint32_t, 4> fill{start[0], start[1], start[2], start[3]};
    for (std::uint32_t k = begin; k < end; ++k)
        m_scratch[fill[quadrant(m_order[k])]++] = m_order[k];
    std::copy(m_scratch.begin() + begin, m_scratch.begin() + end, m_order.begin() + begin);

    double mass = 0.0;
    double x = 0.0;
    double y = 0.0;
    for (int q = 0; q < 4; ++q) {
        if (start[q] == start[q + 1])
            continue;
        const auto child = static_cast<std::uint32_t>(m_cells.size());
        buildCell(x0 + (q & 1 ? half : 0.0), y0 + (q & 2 ? half : 0.0), half, start[q], start[q + 1], depth + 1);
        mass += m_cells[child].mass;
        x += m_cells[child].mass * m_cells[child].x;
        y += m_cells[child].mass * m_cells[child].y;
    }
    Cell &cell = m_cells[self];
    cell.leaf = false;
    cell.mass = mass;
    cell.x = mass > 0 ? x / mass : 0.0;
    cell.y = mass > 0 ? y / mass : 0.0;
    cell.begin = begin;
    cell.end = end;
    cell.next = static_cast<std::uint32_t>(m_cells.size());
}

Point BarnesHutTree::force(std::uint32_t node, Point position, double mass, const Repulsion &options) const
{
    const auto &positions = *m_positions;
    const auto &masses = *m_masses;
    const double theta2 = options.theta * options.theta;
    const double overlap = 2.0 * options.nodeRadius;
    double fx = 0.0;
    double fy = 0.0;
    std::uint32_t c = 0;
    const auto cellCount = static_cast<std::uint32_t>(m_cells.size());
    while (c < cellCount) {
        const Cell &cell = m_cells[c];
        if (cell.leaf) {
            for (std::uint32_t k = cell.begin; k < cell.end; ++k) {
                const std::uint32_t j = m_order[k];
                if (j == node)
                    continue;
                const double dx = position.x - positions[j].x;
                const double dy = position.y - positions[j].y;
                const double d2 = dx * dx + dy * dy;
                if (d2 <= 0.0)
                    continue;
                double factor = 0.0;
                if (overlap > 0.0) {
                    // ForceAtlas2's adjustSizes: distance between borders; touching nodes push hard.
                    const double d = std::sqrt(d2);
                    const double gap = d - overlap;
                    factor = gap > 0.0 ? options.strength * mass * masses[j] / (gap * d)
                                       : 100.0 * options.strength * mass * masses[j] / d;
                } else {
                    factor = options.strength * mass * masses[j] / d2;
                }
                fx += dx * factor;
                fy += dy * factor;
            }
            c = cell.next;
            continue;
        }
        const double dx = position.x - cell.x;
        const double dy = position.y - cell.y;
        const double d2 = dx * dx + dy * dy;
        if (cell.width * cell.width < theta2 * d2) {
            const double factor = options.strength * mass * cell.mass / d2;
            fx += dx * factor;
            fy += dy * factor;
            c = cell.next;
        } else {
            ++c;
        }
    }
    return Point{fx, fy};
}

} // namespace tiescope
