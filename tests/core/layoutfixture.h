// SPDX-License-Identifier: MIT
#pragma once

// A mid-sized dataset for layout tests: `entities` entities with a few ties each, spread over
// the five fixture domains and over two centuries, some with open starts. Deterministic.

#include <string>

#include "model/dataset.h"

namespace tiescope::fixtures {

inline Dataset makeLayoutFixture(int entityCount = 80, int tiesPerEntity = 2)
{
    Dataset d;
    for (const char *key : {"energy", "arms", "intelligence", "diplomacy", "economy"})
        d.addDomain(Domain{key, key, "#112233"});
    d.addKind(EntityKind{"state", "state"});
    d.addRelation(RelationType{"supplies", "supplies", "", true, Dependence::To, 0.7});
    for (int i = 0; i < entityCount; ++i) {
        Entity e;
        e.key = "e" + std::to_string(1000 + i);
        e.name = e.key;
        e.kind = KindId(0);
        d.addEntity(std::move(e));
    }
    unsigned state = 12345;
    const auto next = [&state](unsigned bound) {
        state = state * 1103515245U + 12345U;
        return (state >> 8) % bound;
    };
    int tieNumber = 0;
    for (int i = 0; i < entityCount; ++i) {
        for (int k = 0; k < tiesPerEntity; ++k) {
            Tie t;
            t.key = "t" + std::to_string(tieNumber++);
            t.from = EntityId(i);
            // Mostly near neighbours, so the graph has structure a force layout can show.
            t.to = EntityId(static_cast<int>((i + 1 + next(k == 0 ? 3 : entityCount - 1)) % entityCount));
            t.domain = DomainId(static_cast<int>((i / 16 + next(2)) % 5));
            t.relation = RelationId(0);
            if (next(5) != 0)
                t.start = EdtfDate::exactly(PartialDate::fromParts(1820 + static_cast<int>(next(200))));
            d.addTie(std::move(t));
        }
    }
    return d;
}

} // namespace tiescope::fixtures
