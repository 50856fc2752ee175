// SPDX-License-Identifier: MIT
#include "analytics/pathfinder.h"

#include <algorithm>
#include <deque>

#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

std::optional<PathFinder::Path> PathFinder::shortestPath(const GraphView &view, EntityId from, EntityId to)
{
    const std::size_t n = view.graph().entityCount();
    if (from.index() >= n || to.index() >= n || !view.isVisible(from) || !view.isVisible(to))
        return std::nullopt;
    // Breadth-first from the far end, so that walking parents from `from` yields the path in
    // order.
    std::vector<EntityId> parent(n);
    std::vector<std::uint8_t> seen(n, 0);
    std::deque<EntityId> queue{to};
    seen[to.index()] = 1;
    while (!queue.empty() && !seen[from.index()]) {
        const EntityId v = queue.front();
        queue.pop_front();
        for (const EntityId u : view.neighbours(v)) {
            if (!seen[u.index()]) {
                seen[u.index()] = 1;
                parent[u.index()] = v;
                queue.push_back(u);
            }
        }
    }
    if (!seen[from.index()])
        return std::nullopt;
    Path path;
    path.entities.push_back(from);
    for (EntityId v = from; v != to;) {
        const EntityId next = parent[v.index()];
        std::vector<TieId> ties = view.graph().tiesBetween(v, next);
        ties.erase(std::remove_if(ties.begin(), ties.end(), [&view](TieId t) { return !view.isVisible(t); }),
                   ties.end());
        std::sort(ties.begin(), ties.end());
        path.hops.push_back(std::move(ties));
        path.entities.push_back(next);
        v = next;
    }
    return path;
}

} // namespace tiescope
