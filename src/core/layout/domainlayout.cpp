// SPDX-License-Identifier: MIT
#include "layout/domainlayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "layout/layoutsupport.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

constexpr double SectorUse = 0.9; // the rest of each sector is a gap that shows the boundary

// Places `members` (best rank first) on rings inside the sector [start, start + width).
void fillSector(const LayoutRequest &request, const std::vector<std::uint32_t> &members, double start,
                double width, double innerRadius, std::vector<Point> &positions)
{
    const double used = width * SectorUse;
    const double from = start + (width - used) / 2.0;
    std::size_t next = 0;
    for (int ring = 0; next < members.size(); ++ring) {
        const double radius = innerRadius + ring * layoutsupport::NodeSpacing;
        const auto capacity = std::max<std::size_t>(1, static_cast<std::size_t>(used * radius / layoutsupport::NodeSpacing));
        const std::size_t take = std::min(capacity, members.size() - next);
        for (std::size_t j = 0; j < take; ++j) {
            const std::uint32_t e = members[next + j];
            if (!layoutsupport::isMovable(request, e))
                continue;
            const double angle = from + used * (static_cast<double>(j) + 0.5) / static_cast<double>(take);
            positions[e] = Point{radius * std::cos(angle), radius * std::sin(angle)};
        }
        next += take;
    }
}

} // namespace

std::vector<Point> DomainLayout::run(const LayoutRequest &request) const
{
    std::vector<Point> positions = layoutsupport::startPositions(request);
    const GraphView &view = *request.view;
    const auto &entities = view.graph().dataset().entities();
    const std::size_t domainCount = view.graph().dataset().domains().size();
    const std::vector<std::uint32_t> domain = layoutsupport::dominantDomains(view);
    const std::vector<std::uint32_t> degree = view.degrees();

    // Group index domainCount holds the entities without a visible tie.
    std::vector<std::vector<std::uint32_t>> groups(domainCount + 1);
    for (std::uint32_t e = 0; e < positions.size(); ++e) {
        if (view.entityMask()[e])
            groups[domain[e]].push_back(e);
    }
    std::size_t total = 0;
    std::size_t nonEmpty = 0;
    for (auto &group : groups) {
        std::sort(group.begin(), group.end(), [&](std::uint32_t a, std::uint32_t b) {
            if (degree[a] != degree[b])
                return degree[a] > degree[b];
            if (entities[a].key != entities[b].key)
                return entities[a].key < entities[b].key;
            return a < b;
        });
        total += group.size();
        nonEmpty += group.empty() ? 0 : 1;
    }
    if (total == 0)
        return positions;

    // A sector's share follows its size, with a floor so a small domain stays readable.
    const double floorShare = static_cast<double>(total) / (3.0 * static_cast<double>(nonEmpty));
    std::vector<double> weight(groups.size(), 0.0);
    double weightSum = 0.0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!groups[g].empty())
            weight[g] = std::max(static_cast<double>(groups[g].size()), floorShare);
        weightSum += weight[g];
    }
    double smallestWidth = 2.0 * std::numbers::pi;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (!groups[g].empty())
            smallestWidth = std::min(smallestWidth, 2.0 * std::numbers::pi * weight[g] / weightSum);
    }
    // The innermost ring must hold at least one node in the narrowest sector.
    const double innerRadius = std::max(2.0 * layoutsupport::NodeSpacing, layoutsupport::NodeSpacing / (smallestWidth * SectorUse));

    double start = -std::numbers::pi / 2.0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups[g].empty())
            continue;
        const double width = 2.0 * std::numbers::pi * weight[g] / weightSum;
        fillSector(request, groups[g], start, width, innerRadius, positions);
        start += width;
    }
    if (request.progress)
        request.progress(1.0);
    return positions;
}

} // namespace tiescope
