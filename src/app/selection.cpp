// SPDX-License-Identifier: MIT
#include "app/selection.h"

namespace tiescope {

Selection Selection::of(EntityId entity)
{
    Selection selection;
    selection.add(entity);
    return selection;
}

Selection Selection::of(TieId tie)
{
    Selection selection;
    selection.add(tie);
    return selection;
}

std::optional<EntityId> Selection::currentEntity() const
{
    if (const auto *entity = std::get_if<EntityId>(&m_current))
        return *entity;
    return std::nullopt;
}

std::optional<TieId> Selection::currentTie() const
{
    if (const auto *tie = std::get_if<TieId>(&m_current))
        return *tie;
    return std::nullopt;
}

void Selection::add(EntityId entity)
{
    m_entities.insert(entity);
    m_current = entity;
}

void Selection::add(TieId tie)
{
    m_ties.insert(tie);
    m_current = tie;
}

void Selection::remove(EntityId entity)
{
    if (m_entities.erase(entity) != 0 && currentEntity() == entity)
        pickCurrent();
}

void Selection::remove(TieId tie)
{
    if (m_ties.erase(tie) != 0 && currentTie() == tie)
        pickCurrent();
}

void Selection::toggle(EntityId entity)
{
    if (contains(entity))
        remove(entity);
    else
        add(entity);
}

void Selection::toggle(TieId tie)
{
    if (contains(tie))
        remove(tie);
    else
        add(tie);
}

void Selection::pickCurrent()
{
    if (!m_entities.empty())
        m_current = *m_entities.begin();
    else if (!m_ties.empty())
        m_current = *m_ties.begin();
    else
        m_current = std::monostate();
}

} // namespace tiescope
