// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

class DependencyGraph;

// Single points of failure between A and B: the entities and the ties that every dependency
// path from A to B passes through, so removing any one of them alone cuts A off from B.
// They are the dominators of B in the dependency graph seen from A (Cooper, Harvey and
// Kennedy's iterative algorithm), computed on a copy where every edge is split by a node of
// its own, so ties dominate too and parallel ties never count as a single point. Paths here
// are not depth-bounded: a point listed cuts every route, however long.
class CutAnalysis final
{
public:
    struct Result
    {
        bool connected = false;        // some dependency path leads from A to B
        std::vector<EntityId> entities; // from A's side to B's side, A and B excluded
        std::vector<TieId> ties;        // likewise
    };

    [[nodiscard]] static Result singlePoints(const DependencyGraph &graph, EntityId from, EntityId to,
                                             const std::atomic<bool> *cancel = nullptr);
};

} // namespace tiescope
