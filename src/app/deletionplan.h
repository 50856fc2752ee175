// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include <QString>
#include <QStringList>

#include "edit/changeset.h"
#include "model/strongid.h"

namespace tiescope {

class Selection;
class TieGraph;

// What deleting a selection takes with it, by the store's expansion rules (docs/editing.md):
// an entity its ties, their citations and its own; a tie its citations. Worked out before
// asking, so the confirmation can list every record that goes; the change-set is the same.
class DeletionPlan final
{
public:
    DeletionPlan(const TieGraph &graph, const Selection &selection);

    [[nodiscard]] bool isEmpty() const { return m_entities.empty() && m_ties.empty(); }
    [[nodiscard]] std::size_t entityCount() const { return m_entities.size(); }
    [[nodiscard]] std::size_t tieCount() const { return m_ties.size(); }
    [[nodiscard]] std::size_t citationCount() const { return m_citations; }
    // "Delete 1 entity, 3 ties and 4 citations?"
    [[nodiscard]] QString question() const;
    // One line per entity and tie that goes (at most `limit`, then how many more).
    [[nodiscard]] QStringList lines(int limit = 40) const;
    [[nodiscard]] ChangeSet changeSet() const;

private:
    const TieGraph &m_graph;
    std::set<EntityId> m_entities;
    std::set<TieId> m_ties;         // every tie that goes, asked for or taken along
    std::set<TieId> m_selectedTies; // asked for, not taken along by an entity
    std::size_t m_citations = 0;
};

} // namespace tiescope
