// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <set>

#include "model/strongid.h"

namespace tiescope {

class GraphView;

// A hypothetical change laid over a GraphView: entities or ties removed, or "sanctioned"
// (their ties keep only a fraction of their dependency strength). It is a plain value,
// never written to the store; analyses take it alongside the view, and clearing it brings
// the unchanged picture back.
class WhatIfOverlay final
{
public:
    // What a sanctioned tie keeps of its strength unless told otherwise: sanctions weaken a
    // dependency without necessarily severing it.
    static constexpr double DefaultSanctionRemaining = 0.5;

    void removeEntity(EntityId entity) { m_removedEntities.insert(entity); }
    void removeTie(TieId tie) { m_removedTies.insert(tie); }
    // `remaining` (clamped to 0..1) multiplies the strength of every tie touching the entity.
    void sanctionEntity(EntityId entity, double remaining = DefaultSanctionRemaining);
    void sanctionTie(TieId tie, double remaining = DefaultSanctionRemaining);
    void clear();

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool removes(EntityId entity) const { return m_removedEntities.count(entity) != 0; }
    [[nodiscard]] bool removes(TieId tie) const { return m_removedTies.count(tie) != 0; }
    // The product of the sanctions on the tie and on its two ends (1 when none applies).
    [[nodiscard]] double strengthFactor(TieId tie, EntityId from, EntityId to) const;

    // The view with the removed entities and ties hidden as well.
    [[nodiscard]] GraphView applyTo(const GraphView &view) const;

    [[nodiscard]] const std::set<EntityId> &removedEntities() const { return m_removedEntities; }
    [[nodiscard]] const std::set<TieId> &removedTies() const { return m_removedTies; }
    [[nodiscard]] const std::map<EntityId, double> &sanctionedEntities() const { return m_sanctionedEntities; }
    [[nodiscard]] const std::map<TieId, double> &sanctionedTies() const { return m_sanctionedTies; }

    bool operator==(const WhatIfOverlay &) const = default;

private:
    std::set<EntityId> m_removedEntities;
    std::set<TieId> m_removedTies;
    std::map<EntityId, double> m_sanctionedEntities;
    std::map<TieId, double> m_sanctionedTies;
};

} // namespace tiescope
