// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "model/strongid.h"

namespace tiescope {

class Dataset;

// Finds the entity a stored key names — in a snapshot, a link, a saved analysis — also after
// that entity was merged into another: a merge keeps the merged key as an alias of the
// survivor, so a key that is no entity's any more finds the entity holding it as an alias
// (exactly, as keys are compared). Build one per lookup pass; it indexes the aliases once.
class EntityKeyLookup final
{
public:
    explicit EntityKeyLookup(const Dataset &dataset);

    [[nodiscard]] std::optional<EntityId> find(std::string_view key) const;

private:
    const Dataset *m_dataset;
    std::unordered_map<std::string, EntityId> m_aliases; // the first entity holding each alias
};

} // namespace tiescope
