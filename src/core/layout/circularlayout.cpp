// SPDX-License-Identifier: MIT
#include "layout/circularlayout.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "layout/layoutsupport.h"
#include "model/dataset.h"

namespace tiescope {

std::vector<Point> CircularLayout::run(const LayoutRequest &request) const
{
    std::vector<Point> positions = layoutsupport::startPositions(request);
    const GraphView &view = *request.view;
    const auto &entities = view.graph().dataset().entities();
    const std::vector<std::uint32_t> domain = layoutsupport::dominantDomains(view);

    std::vector<std::uint32_t> order;
    order.reserve(view.visibleEntityCount());
    for (std::uint32_t e = 0; e < positions.size(); ++e) {
        if (view.entityMask()[e])
            order.push_back(e);
    }
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        if (domain[a] != domain[b])
            return domain[a] < domain[b];
        if (entities[a].key != entities[b].key)
            return entities[a].key < entities[b].key;
        return a < b;
    });

    // Arc length between neighbours is one node spacing; a small graph keeps a sane minimum.
    const double count = static_cast<double>(order.size());
    const double radius = std::max(2.0 * layoutsupport::NodeSpacing,
                                   count * layoutsupport::NodeSpacing / (2.0 * std::numbers::pi));
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (!layoutsupport::isMovable(request, order[i]))
            continue;
        // Start at the top and go clockwise, as a reader scans a clock face.
        const double angle = 2.0 * std::numbers::pi * static_cast<double>(i) / count - std::numbers::pi / 2.0;
        positions[order[i]] = Point{radius * std::cos(angle), radius * std::sin(angle)};
    }
    if (request.progress)
        request.progress(1.0);
    return positions;
}

} // namespace tiescope
