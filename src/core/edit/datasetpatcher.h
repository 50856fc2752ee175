// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "edit/change.h"
#include "edit/editdelta.h"
#include "model/strongid.h"

namespace tiescope {

class Dataset;
class TieGraph;

// Applies what Store::apply did to a store (its AppliedChange list: each row's before and after
// in dataset-file form) to the Dataset and TieGraph loaded from it, in place, so that they
// equal a fresh Store::load() without reading the store again. Adds append (new ids at the end)
// and updates change records in place, each followed step by step in the graph; deleting the
// last record of a table pops it (an undone add keeps every id). Any other delete, or an add
// that belongs before the end (an undone delete), leaves a gap that one compaction closes at
// the end: the tables re-ordered by row id, the graph rebuilt, and the delta `renumbered`.
// Throws std::runtime_error when a change does not fit the dataset (it was not loaded from
// that store): the dataset is then partly patched and must be loaded again.
class DatasetPatcher final
{
public:
    DatasetPatcher(Dataset &dataset, TieGraph &graph);

    EditDelta apply(const std::vector<AppliedChange> &changes);

private:
    void entity(const AppliedChange &change);
    void tie(const AppliedChange &change);
    void source(const AppliedChange &change);
    void citation(const AppliedChange &change);
    void removeEntity(EntityId id);
    void removeTie(TieId id);
    // Whether an add of this row id belongs at the end of its table (else: compaction).
    template <typename Row>
    void noteOrder(const std::vector<Row> &rows, std::int64_t rowId);
    EditDelta delta();

    Dataset &m_data;
    TieGraph &m_graph;
    std::size_t m_entitiesBefore = 0;
    std::size_t m_tiesBefore = 0;
    std::size_t m_firstPoppedEntity = 0; // the lowest original index popped (or m_entitiesBefore)
    std::size_t m_firstPoppedTie = 0;
    // Rows left in place with their key forgotten, until the compaction.
    std::vector<std::uint8_t> m_deadEntities, m_deadTies, m_deadSources;
    bool m_compact = false; // a gap or an add out of row order: the graph follows at the end
    bool m_sourcesChanged = false;
    std::vector<std::string> m_removedEntities, m_removedTies;
    std::set<std::string> m_changedEntities, m_changedTies;
};

} // namespace tiescope
