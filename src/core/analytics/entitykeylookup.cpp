// SPDX-License-Identifier: MIT
#include "analytics/entitykeylookup.h"

#include "model/dataset.h"

namespace tiescope {

EntityKeyLookup::EntityKeyLookup(const Dataset &dataset) : m_dataset(&dataset)
{
    const auto &entities = dataset.entities();
    for (std::size_t i = 0; i < entities.size(); ++i) {
        for (const std::string &alias : entities[i].aliases)
            m_aliases.try_emplace(alias, EntityId(i));
    }
}

std::optional<EntityId> EntityKeyLookup::find(std::string_view key) const
{
    if (const auto entity = m_dataset->findEntity(key))
        return entity;
    if (const auto alias = m_aliases.find(std::string(key)); alias != m_aliases.end())
        return alias->second;
    return std::nullopt;
}

} // namespace tiescope
