// SPDX-License-Identifier: MIT
#include "analytics/whatifoverlay.h"

#include <algorithm>

#include "graph/graphview.h"

namespace tiescope {

void WhatIfOverlay::sanctionEntity(EntityId entity, double remaining)
{
    m_sanctionedEntities[entity] = std::clamp(remaining, 0.0, 1.0);
}

void WhatIfOverlay::sanctionTie(TieId tie, double remaining)
{
    m_sanctionedTies[tie] = std::clamp(remaining, 0.0, 1.0);
}

void WhatIfOverlay::clear()
{
    *this = WhatIfOverlay();
}

bool WhatIfOverlay::isEmpty() const
{
    return m_removedEntities.empty() && m_removedTies.empty() && m_sanctionedEntities.empty() &&
           m_sanctionedTies.empty();
}

double WhatIfOverlay::strengthFactor(TieId tie, EntityId from, EntityId to) const
{
    double factor = 1.0;
    if (const auto it = m_sanctionedTies.find(tie); it != m_sanctionedTies.end())
        factor *= it->second;
    if (const auto it = m_sanctionedEntities.find(from); it != m_sanctionedEntities.end())
        factor *= it->second;
    if (from != to) {
        if (const auto it = m_sanctionedEntities.find(to); it != m_sanctionedEntities.end())
            factor *= it->second;
    }
    return factor;
}

GraphView WhatIfOverlay::applyTo(const GraphView &view) const
{
    if (m_removedEntities.empty() && m_removedTies.empty())
        return view;
    std::vector<std::uint8_t> entityMask = view.entityMask();
    std::vector<std::uint8_t> tieMask = view.tieMask();
    for (const EntityId entity : m_removedEntities) {
        if (entity.index() < entityMask.size())
            entityMask[entity.index()] = 0;
    }
    for (const TieId tie : m_removedTies) {
        if (tie.index() < tieMask.size())
            tieMask[tie.index()] = 0;
    }
    // GraphView hides the ties of hidden entities itself.
    return GraphView(view.graph(), std::move(entityMask), std::move(tieMask));
}

} // namespace tiescope
