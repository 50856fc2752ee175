// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

class TieGraph;

// Which entities and ties of a TieGraph are shown: two masks over the graph, never a copy.
// Degrees, neighbours and components count only what is visible.
class GraphView final
{
public:
    // Everything visible.
    explicit GraphView(const TieGraph &graph);
    GraphView(const TieGraph &graph, std::vector<std::uint8_t> entityMask, std::vector<std::uint8_t> tieMask);

    [[nodiscard]] const TieGraph &graph() const { return *m_graph; }

    [[nodiscard]] bool isVisible(EntityId entity) const { return m_entityMask[entity.index()] != 0; }
    [[nodiscard]] bool isVisible(TieId tie) const { return m_tieMask[tie.index()] != 0; }
    [[nodiscard]] std::size_t visibleEntityCount() const { return m_visibleEntities; }
    [[nodiscard]] std::size_t visibleTieCount() const { return m_visibleTies; }

    [[nodiscard]] std::vector<EntityId> visibleEntities() const;
    [[nodiscard]] std::vector<TieId> visibleTies() const;

    // Visible ties touching the entity (a self-tie counts twice, as in graph theory).
    [[nodiscard]] std::size_t degree(EntityId entity) const;
    // degree() of every entity, indexed by entity, in one pass over the tie mask (linear at a
    // million ties, where asking entity by entity walks every incidence list).
    [[nodiscard]] std::vector<std::uint32_t> degrees() const;
    // Distinct visible entities joined to this one by a visible tie, in id order.
    [[nodiscard]] std::vector<EntityId> neighbours(EntityId entity) const;
    // A component number per entity (ties taken undirected), -1 for hidden entities;
    // components are numbered 0.. in order of their smallest entity id.
    [[nodiscard]] std::vector<int> components(int *count = nullptr) const;

    // This view with only the domain's ties left shown; the entities stay as they are.
    [[nodiscard]] GraphView onlyDomain(DomainId domain) const;

    [[nodiscard]] const std::vector<std::uint8_t> &entityMask() const { return m_entityMask; }
    [[nodiscard]] const std::vector<std::uint8_t> &tieMask() const { return m_tieMask; }

private:
    const TieGraph *m_graph;
    std::vector<std::uint8_t> m_entityMask;
    std::vector<std::uint8_t> m_tieMask;
    std::size_t m_visibleEntities = 0;
    std::size_t m_visibleTies = 0;
};

} // namespace tiescope
