// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <utility>

#include "model/strongid.h"

namespace tiescope {

class Dataset;

// The pair a dependency analysis starts with before anyone chose one, taken from the data
// rather than from names a build knows: A (the dependent) and B (the entity it depends on)
// are the ordered pair joined by the most dependency ties from A to B, as the ties' relation
// types say (a mutual tie counts both ways; self-ties and ties of no dependency count not at
// all). Equal counts go to the lower A, then the lower B, in the data's order. With no
// dependency tie at all, the two entities with the most ties (the busier as A, equal counts
// again in the data's order). Nothing with fewer than two entities. Linear in the ties.
class DefaultPair final
{
public:
    [[nodiscard]] static std::optional<std::pair<EntityId, EntityId>> pick(const Dataset &data);
};

} // namespace tiescope
