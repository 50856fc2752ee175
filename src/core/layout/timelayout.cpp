// SPDX-License-Identifier: MIT
#include "layout/timelayout.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <functional>
#include <queue>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "layout/layoutsupport.h"
#include "model/dataset.h"
#include "model/dateinterval.h"

namespace tiescope {

namespace {

constexpr double LaneHeight = 40.0;
constexpr double DaysPerYear = 365.2425;

// Lane k lies at 0, +1, -1, +2, -2, ... lane heights from the axis.
double laneOffset(std::size_t lane)
{
    const double step = static_cast<double>((lane + 1) / 2);
    return (lane % 2 == 1 ? step : -step) * LaneHeight;
}

} // namespace

std::vector<Point> TimeLayout::run(const LayoutRequest &request) const
{
    std::vector<Point> positions = layoutsupport::startPositions(request);
    const GraphView &view = *request.view;
    const auto &facts = view.graph().facts();
    const auto &entities = view.graph().dataset().entities();
    const std::size_t n = positions.size();

    // Earliest visible start per entity; DateInterval::Max marks "no visible tie".
    std::vector<std::int32_t> earliest(n, DateInterval::Max);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (!view.tieMask()[i])
            continue;
        earliest[facts[i].from] = std::min(earliest[facts[i].from], facts[i].firstDay);
        earliest[facts[i].to] = std::min(earliest[facts[i].to], facts[i].firstDay);
    }
    std::int32_t firstDated = DateInterval::Max;
    for (std::size_t e = 0; e < n; ++e) {
        if (view.entityMask()[e] && earliest[e] != DateInterval::Min)
            firstDated = std::min(firstDated, earliest[e]);
    }
    // The scale starts on 1 January of the first dated year, so year ticks line up.
    const double originYear = firstDated == DateInterval::Max
                                  ? 1970.0
                                  : std::floor(1970.0 + static_cast<double>(firstDated) / DaysPerYear);
    const double leftEdge = -2.0 * layoutsupport::NodeSpacing;

    struct Item
    {
        double x;
        std::uint32_t entity;
    };
    std::vector<Item> items;
    items.reserve(view.visibleEntityCount());
    for (std::uint32_t e = 0; e < n; ++e) {
        if (!layoutsupport::isMovable(request, e))
            continue;
        const std::int32_t day = earliest[e];
        const bool undated = day == DateInterval::Min || day == DateInterval::Max;
        const double x =
            undated ? leftEdge : (1970.0 + static_cast<double>(day) / DaysPerYear - originYear) * YearWidth;
        items.push_back({x, e});
    }
    std::sort(items.begin(), items.end(), [&](const Item &a, const Item &b) {
        if (a.x != b.x)
            return a.x < b.x;
        if (entities[a.entity].key != entities[b.entity].key)
            return entities[a.entity].key < entities[b.entity].key;
        return a.entity < b.entity;
    });

    // Greedy lane assignment, left to right: take the lane nearest the axis that is free at x.
    // Lanes free up in the order they were taken (all nodes are equally wide), so a queue of
    // busy lanes and a heap of free ones keep this O(n log n).
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> freeLanes;
    std::deque<std::pair<double, std::size_t>> busy; // (x where the lane frees, lane)
    std::size_t laneCount = 0;
    for (const Item &item : items) {
        while (!busy.empty() && busy.front().first <= item.x) {
            freeLanes.push(busy.front().second);
            busy.pop_front();
        }
        std::size_t lane = laneCount;
        if (freeLanes.empty()) {
            ++laneCount;
        } else {
            lane = freeLanes.top();
            freeLanes.pop();
        }
        busy.emplace_back(item.x + layoutsupport::NodeSpacing, lane);
        positions[item.entity] = Point{item.x, laneOffset(lane)};
    }
    if (request.progress)
        request.progress(1.0);
    return positions;
}

} // namespace tiescope
