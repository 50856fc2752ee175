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

GraphView EgoNetwork::asView(const GraphView &view, const Result &result)
{
    std::vector<std::uint8_t> entities(view.entityMask().size(), 0);
    std::vector<std::uint8_t> ties(view.tieMask().size(), 0);
    for (const EntityId e : result.entities)
        entities[e.index()] = 1;
    for (const TieId t : result.ties)
        ties[t.index()] = 1;
    return GraphView(view.graph(), std::move(entities), std::move(ties));
}

} // namespace tiescope
