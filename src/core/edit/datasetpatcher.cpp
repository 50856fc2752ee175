// SPDX-License-Identifier: MIT
#include "edit/datasetpatcher.h"

#include <algorithm>
#include <stdexcept>

#include "edit/datasetcompactor.h"
#include "edit/recordcheck.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

[[noreturn]] void mismatch(const AppliedChange &change, const std::string &why)
{
    throw std::runtime_error("the applied " + std::string(toString(change.operation)) + " of " +
                             std::string(toString(change.table)) + " \"" + change.key + "\" " + why);
}

template <typename Id>
Id found(const std::optional<Id> &id, const AppliedChange &change, const char *what)
{
    if (!id)
        mismatch(change, std::string("names ") + what + " the dataset lacks");
    return *id;
}

// The record as RecordCheck reads it; the store wrote it, so a problem means a mismatch.
template <typename Draft>
Draft checked(std::optional<Draft> draft, const std::vector<Problem> &problems, const AppliedChange &change)
{
    if (!draft)
        mismatch(change, "has a record that cannot be read: " + (problems.empty() ? "" : problems.front().toString()));
    return std::move(*draft);
}

void markDead(std::vector<std::uint8_t> &dead, std::size_t index, std::size_t size)
{
    dead.resize(std::max(dead.size(), size), 0);
    dead[index] = 1;
}

// Citations of one owner stay in row-id order, as the store reads them.
void insertCitation(std::vector<Citation> &citations, Citation citation)
{
    const auto at = std::upper_bound(citations.begin(), citations.end(), citation.rowId,
                                     [](std::int64_t rowId, const Citation &c) { return rowId < c.rowId; });
    citations.insert(at, std::move(citation));
}

void eraseCitation(std::vector<Citation> &citations, std::int64_t rowId, const AppliedChange &change)
{
    const auto at = std::find_if(citations.begin(), citations.end(), [rowId](const Citation &c) { return c.rowId == rowId; });
    if (at == citations.end())
        mismatch(change, "names a citation its owner lacks");
    citations.erase(at);
}

} // namespace

DatasetPatcher::DatasetPatcher(Dataset &dataset, TieGraph &graph) : m_data(dataset), m_graph(graph) {}

EditDelta DatasetPatcher::apply(const std::vector<AppliedChange> &changes)
{
    m_entitiesBefore = m_firstPoppedEntity = m_data.entities().size();
    m_tiesBefore = m_firstPoppedTie = m_data.ties().size();
    for (const AppliedChange &change : changes) {
        switch (change.table) {
        case RecordTable::Entities:
            entity(change);
            break;
        case RecordTable::Ties:
            tie(change);
            break;
        case RecordTable::Sources:
            source(change);
            break;
        case RecordTable::Citations:
            citation(change);
            break;
        }
    }
    return delta();
}

template <typename Row>
void DatasetPatcher::noteOrder(const std::vector<Row> &rows, std::int64_t rowId)
{
    if (!rows.empty() && rows.back().rowId >= rowId)
        m_compact = true;
}

void DatasetPatcher::entity(const AppliedChange &change)
{
    // A merge is recorded as its steps (ties re-pointed, aliases, the delete) and a summary.
    if (change.operation == ChangeOperation::Merge)
        return;
    if (change.operation == ChangeOperation::Delete) {
        removeEntity(found(m_data.findEntity(change.key), change, "an entity"));
        return;
    }
    std::vector<Problem> problems;
    RecordCheck::EntityDraft draft = checked(RecordCheck({}, problems).entity(change.after), problems, change);
    Entity entity = std::move(draft.entity);
    entity.kind = found(m_data.findKind(draft.kind), change, "a kind");
    if (change.operation == ChangeOperation::Add) {
        entity.rowId = change.rowId;
        noteOrder(m_data.entities(), change.rowId);
        m_data.addEntity(std::move(entity));
        if (!m_compact)
            m_graph.appendEntity();
        return;
    }
    const EntityId id = found(m_data.findEntity(change.key), change, "an entity");
    const Entity &old = m_data.entity(id);
    entity.citations = old.citations;
    entity.rowId = old.rowId;
    m_data.setEntity(id, std::move(entity));
    m_changedEntities.insert(change.key);
}

void DatasetPatcher::removeEntity(EntityId id)
{
    const std::size_t index = id.index();
    if (index < m_entitiesBefore && index < m_firstPoppedEntity)
        m_removedEntities.push_back(m_data.entity(id).key);
    if (index + 1 == m_data.entities().size()) {
        if (!m_compact)
            m_graph.popEntity();
        m_data.popEntity();
        if (m_deadEntities.size() > index)
            m_deadEntities.resize(index);
        if (index < m_entitiesBefore)
            m_firstPoppedEntity = std::min(m_firstPoppedEntity, index);
        return;
    }
    m_data.unindexEntity(id);
    markDead(m_deadEntities, index, m_data.entities().size());
    m_compact = true;
}

void DatasetPatcher::tie(const AppliedChange &change)
{
    if (change.operation == ChangeOperation::Delete) {
        removeTie(found(m_data.findTie(change.key), change, "a tie"));
        return;
    }
    std::vector<Problem> problems;
    RecordCheck::TieDraft draft = checked(RecordCheck({}, problems).tie(change.after), problems, change);
    Tie tie = std::move(draft.tie);
    tie.from = found(m_data.findEntity(draft.from), change, "an entity");
    tie.to = found(m_data.findEntity(draft.to), change, "an entity");
    tie.domain = found(m_data.findDomain(draft.domain), change, "a domain");
    tie.relation = found(m_data.findRelation(draft.relation), change, "a relation type");
    if (change.operation == ChangeOperation::Add) {
        tie.rowId = change.rowId;
        noteOrder(m_data.ties(), change.rowId);
        m_data.addTie(std::move(tie));
        if (!m_compact)
            m_graph.appendTie();
        return;
    }
    const TieId id = found(m_data.findTie(change.key), change, "a tie");
    const Tie &old = m_data.tie(id);
    tie.citations = old.citations;
    tie.rowId = old.rowId;
    m_data.setTie(id, std::move(tie));
    if (!m_compact)
        m_graph.updateTie(id);
    m_changedTies.insert(change.key);
}

void DatasetPatcher::removeTie(TieId id)
{
    const std::size_t index = id.index();
    if (index < m_tiesBefore && index < m_firstPoppedTie)
        m_removedTies.push_back(m_data.tie(id).key);
    if (index + 1 == m_data.ties().size()) {
        if (!m_compact)
            m_graph.popTie();
        m_data.popTie();
        if (m_deadTies.size() > index)
            m_deadTies.resize(index);
        if (index < m_tiesBefore)
            m_firstPoppedTie = std::min(m_firstPoppedTie, index);
        return;
    }
    m_data.unindexTie(id);
    markDead(m_deadTies, index, m_data.ties().size());
    m_compact = true;
}

void DatasetPatcher::source(const AppliedChange &change)
{
    m_sourcesChanged = true;
    if (change.operation == ChangeOperation::Delete) {
        const SourceId id = found(m_data.findSource(change.key), change, "a source");
        if (id.index() + 1 == m_data.sources().size()) {
            m_data.popSource();
            if (m_deadSources.size() > id.index())
                m_deadSources.resize(id.index());
            return;
        }
        m_data.unindexSource(id);
        markDead(m_deadSources, id.index(), m_data.sources().size());
        m_compact = true;
        return;
    }
    std::vector<Problem> problems;
    Source source = checked(RecordCheck({}, problems).source(change.after), problems, change);
    if (change.operation == ChangeOperation::Add) {
        source.rowId = change.rowId;
        noteOrder(m_data.sources(), change.rowId);
        m_data.addSource(std::move(source));
        return;
    }
    const SourceId id = found(m_data.findSource(change.key), change, "a source");
    source.rowId = m_data.source(id).rowId;
    m_data.setSource(id, std::move(source));
}

void DatasetPatcher::citation(const AppliedChange &change)
{
    // Taken from its owner as it was, then given to its owner as it is (an update may move it).
    const auto edit = [&](const nlohmann::ordered_json &record, bool add) {
        std::vector<Problem> problems;
        RecordCheck::CitationDraft draft =
            checked(RecordCheck({}, problems).citation(record, "a citation"), problems, change);
        Citation citation = std::move(draft.citation);
        citation.source = found(m_data.findSource(draft.source), change, "a source");
        citation.rowId = change.rowId;
        if (draft.ownerTable == "ties") {
            const TieId tie = found(m_data.findTie(draft.ownerKey), change, "a tie");
            std::vector<Citation> citations = m_data.tie(tie).citations;
            add ? insertCitation(citations, std::move(citation)) : eraseCitation(citations, change.rowId, change);
            m_data.setCitations(tie, std::move(citations));
            m_changedTies.insert(draft.ownerKey);
        } else {
            const EntityId entity = found(m_data.findEntity(draft.ownerKey), change, "an entity");
            std::vector<Citation> citations = m_data.entity(entity).citations;
            add ? insertCitation(citations, std::move(citation)) : eraseCitation(citations, change.rowId, change);
            m_data.setCitations(entity, std::move(citations));
            m_changedEntities.insert(draft.ownerKey);
        }
    };
    if (change.operation != ChangeOperation::Add)
        edit(change.before, false);
    if (change.operation != ChangeOperation::Delete)
        edit(change.after, true);
}

EditDelta DatasetPatcher::delta()
{
    DatasetCompactor::Moves moves;
    if (m_compact) {
        // Once a compaction is due the graph was left behind step by step: built again here.
        DatasetCompactor::compact(m_data, m_deadSources, m_deadEntities, m_deadTies, moves);
        m_graph = TieGraph(m_data);
    }
    EditDelta delta;
    delta.sourcesChanged = m_sourcesChanged;
    delta.entitiesRemoved = std::move(m_removedEntities);
    delta.tiesRemoved = std::move(m_removedTies);
    // Where each record held before the edit went: nowhere when popped (its index may hold a
    // new record now), else its place after the compaction (unchanged without one).
    const auto movesOf = [this](auto &out, const auto &compacted, std::size_t before, std::size_t firstPopped) {
        using Id = typename std::decay_t<decltype(out)>::value_type;
        bool renumbered = false;
        out.assign(before, Id{});
        for (std::size_t i = 0; i < before && i < firstPopped; ++i) {
            out[i] = m_compact ? compacted.at(i) : Id(i);
            renumbered = renumbered || out[i] != Id(i);
        }
        return renumbered;
    };
    const bool entitiesMoved = movesOf(delta.entityMoves, moves.entities, m_entitiesBefore, m_firstPoppedEntity);
    const bool tiesMoved = movesOf(delta.tieMoves, moves.ties, m_tiesBefore, m_firstPoppedTie);
    // A popped record's index taken by a new one also moves an id.
    const bool entityReused = m_firstPoppedEntity < m_entitiesBefore && m_data.entities().size() > m_firstPoppedEntity;
    const bool tieReused = m_firstPoppedTie < m_tiesBefore && m_data.ties().size() > m_firstPoppedTie;
    delta.renumbered = entitiesMoved || tiesMoved || entityReused || tieReused;
    const auto added = [](auto &out, const auto &moved, std::size_t count) {
        using Id = typename std::decay_t<decltype(out)>::value_type;
        std::vector<std::uint8_t> kept(count, 0);
        for (const Id id : moved) {
            if (id.isValid())
                kept[id.index()] = 1;
        }
        for (std::size_t i = 0; i < count; ++i) {
            if (!kept[i])
                out.emplace_back(i);
        }
        return kept;
    };
    const std::vector<std::uint8_t> keptEntities = added(delta.entitiesAdded, delta.entityMoves, m_data.entities().size());
    const std::vector<std::uint8_t> keptTies = added(delta.tiesAdded, delta.tieMoves, m_data.ties().size());
    for (const std::string &key : m_changedEntities) {
        if (const auto id = m_data.findEntity(key); id && keptEntities[id->index()])
            delta.entitiesChanged.push_back(*id);
    }
    for (const std::string &key : m_changedTies) {
        if (const auto id = m_data.findTie(key); id && keptTies[id->index()])
            delta.tiesChanged.push_back(*id);
    }
    if (!delta.renumbered) {
        delta.entityMoves.clear();
        delta.tieMoves.clear();
    }
    return delta;
}

} // namespace tiescope
