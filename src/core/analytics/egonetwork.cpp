// SPDX-License-Identifier: MIT
#include "analytics/egonetwork.h"

#include <algorithm>

#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

EgoNetwork::Result EgoNetwork::around(const GraphView &view, EntityId centre, int hops)
{
    Result result;
    const std::size_t n = view.graph().entityCount();
    if (centre.index() >= n || !view.isVisible(centre) || hops < 0)
        return result;
    std::vector<int> distance(n, -1);
    distance[centre.index()] = 0;
    std::vector<EntityId> frontier{centre};
    result.entities.push_back(centre);
    result.distances.push_back(0);
    for (int d = 1; d <= hops && !frontier.empty(); ++d) {
        std::vector<EntityId> next;
        for (const EntityId v : frontier) {
            for (const EntityId u : view.neighbours(v)) {
                if (distance[u.index()] < 0) {
                    distance[u.index()] = d;
                    next.push_back(u);
                }
            }
        }
        std::sort(next.begin(), next.end());
        for (const EntityId u : next) {
            result.entities.push_back(u);
            result.distances.push_back(d);
        }
        frontier = std::move(next);
    }
    for (const EntityId v : result.entities) {
        for (const auto &incidence : view.graph().incidences(v)) {
            // Each tie is taken once, from its "from" end.
            if (incidence.outgoing && view.isVisible(incidence.tie) && distance[incidence.other.index()] >= 0)
                result.ties.push_back(incidence.tie);
        }
    }
    std::sort(result.ties.begin(), result.ties.end());
    return result;
}

} // namespace tiescope
