// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

class Dataset;

// Closes the gaps DatasetPatcher leaves, in place: the live sources, entities and ties in row-id
// order (as Store::load reads them), every reference re-pointed. The moves say where each row of
// the old tables went (invalid: it was dead).
class DatasetCompactor final
{
public:
    struct Moves
    {
        std::vector<EntityId> entities;
        std::vector<TieId> ties;
    };

    // `dead*` have one byte per row of the old tables (non-zero: gone); shorter means alive.
    static void compact(Dataset &data, const std::vector<std::uint8_t> &deadSources,
                                         const std::vector<std::uint8_t> &deadEntities,
                                         const std::vector<std::uint8_t> &deadTies, Moves &moves);
};

} // namespace tiescope
