// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <span>
#include <vector>

#include "analytics/analysiscancelled.h"
#include "analytics/chainoptions.h"
#include "analytics/dependencychain.h"
#include "analytics/dependencygraph.h"

namespace tiescope {

// Dependency chains from A to B: simple paths along dependency edges, one link per hop
// (parallel ties between the same pair are alternatives of one hop, not separate chains).
// Ranking (docs/analysis.md): score = product over hops of strength * evidence of the
// best-ranked tie of the hop; ties in score go to the shorter chain, then entity ids.
// The depth-first search is pruned by each entity's hop distance to B and bounded by
// ChainOptions, so it ends quickly on any graph; a bounded result says it was truncated.
class ChainFinder final
{
public:
    struct Result
    {
        std::vector<DependencyChain> chains; // best first, at most topK
        std::size_t chainsFound = 0;         // chains enumerated
        bool truncated = false;              // a bound was hit: more chains may exist
    };

    // Called with the links of each chain found; return false to stop the search.
    using Visitor = std::function<bool(std::span<const DependencyGraph::Link *const> links)>;

    [[nodiscard]] static Result find(const DependencyGraph &graph, EntityId from, EntityId to,
                                     const ChainOptions &options = {}, const std::atomic<bool> *cancel = nullptr,
                                     const ProgressCallback &progress = {});

    // Enumerates chains in search order (strongest links first). Returns false when a bound
    // of the options (other than topK) or the visitor stopped it early.
    static bool forEachChain(const DependencyGraph &graph, EntityId from, EntityId to, const ChainOptions &options,
                             const Visitor &visitor, const std::atomic<bool> *cancel = nullptr,
                             const ProgressCallback &progress = {});

    [[nodiscard]] static DependencyChain makeChain(const DependencyGraph &graph,
                                                   std::span<const DependencyGraph::Link *const> links,
                                                   EntityId from);
};

} // namespace tiescope
