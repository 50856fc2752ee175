// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "model/strongid.h"

namespace tiescope {

// One step of a chain: `dependent` depends on `provider` through `tie`, the best-ranked of
// the parallel ties between them; the others are listed as alternatives (best first).
struct ChainHop final
{
    EntityId dependent;
    EntityId provider;
    TieId tie;
    std::vector<TieId> alternatives;
    double strength = 0; // of `tie`
    double evidence = 0; // of `tie`, see DependencyGraph::evidenceWeight
};

// A simple path along dependency direction from the dependent end to the one depended on.
struct DependencyChain final
{
    std::vector<ChainHop> hops;
    double score = 0;    // product over hops of strength * evidence: the ranking key
    double strength = 0; // product over hops of strength

    // The entities along the chain, dependent end first.
    [[nodiscard]] std::vector<EntityId> entities() const
    {
        std::vector<EntityId> result;
        if (hops.empty())
            return result;
        result.push_back(hops.front().dependent);
        for (const ChainHop &hop : hops)
            result.push_back(hop.provider);
        return result;
    }
};

} // namespace tiescope
