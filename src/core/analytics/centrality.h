// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <vector>

#include "analytics/analysiscancelled.h"
#include "model/strongid.h"

namespace tiescope {

class DependencyGraph;
class GraphView;

// Who matters in the visible network. Each measure returns one value per entity, indexed by
// EntityId, 0 for hidden entities (docs/analysis.md).
class Centrality final
{
public:
    struct Ranked
    {
        EntityId entity;
        double value;
    };

    // Visible ties touching the entity (parallel ties each count).
    [[nodiscard]] static std::vector<double> degree(const GraphView &view);

    // Brandes betweenness (Boost) over the visible ties taken undirected, parallel ties merged:
    // for each other pair, the share of their shortest paths that pass through the entity,
    // summed over unordered pairs. Cancellable, but it reports no progress.
    [[nodiscard]] static std::vector<double> betweenness(const GraphView &view,
                                                         const std::atomic<bool> *cancel = nullptr);

    // PageRank along dependency edges (dependent -> depended on), each edge weighted by its
    // strength: entities that much is (transitively) dependent on rank high. Damping 0.85;
    // entities with no outgoing dependency spread their rank evenly; iterates until the
    // total change is below 1e-10 or 200 rounds. Values sum to 1 over visible entities.
    [[nodiscard]] static std::vector<double> pageRank(const DependencyGraph &graph, double damping = 0.85,
                                                      const std::atomic<bool> *cancel = nullptr,
                                                      const ProgressCallback &progress = {});

    // Visible entities by value, highest first, equal values in id order.
    [[nodiscard]] static std::vector<Ranked> ranking(const GraphView &view, const std::vector<double> &values);
};

} // namespace tiescope
