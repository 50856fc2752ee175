// SPDX-License-Identifier: MIT
#include "io/graphsnapshotrecords.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_set>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

GraphSnapshotRecords::GraphSnapshotRecords(const GraphView &view, const FilterSpec &filter, std::string generator,
                                           std::string createdAt)
    : m_view(view), m_data(view.graph().dataset())
{
    m_summary.formatVersion = 1;
    m_summary.generator = std::move(generator);
    m_summary.createdAt = std::move(createdAt);
    m_summary.datasetTitle = m_data.info().title;
    m_summary.datasetVersion = m_data.info().version;
    m_summary.filter = filter;
    // Sources come after the ties in the file but are listed in order of first citation, so
    // they are found now: one id per source, not a copy of the ties.
    std::unordered_set<SourceId> seen;
    for (const TieId id : view.visibleTies()) {
        for (const Citation &c : m_data.tie(id).citations) {
            if (seen.insert(c.source).second)
                m_cited.push_back(c.source);
        }
    }
}

void GraphSnapshotRecords::setPositions(std::vector<Point> byEntity)
{
    for (const EntityId id : m_view.visibleEntities()) {
        if (id.index() >= byEntity.size())
            throw std::invalid_argument("snapshot: a visible entity has no position");
    }
    m_positions = std::move(byEntity);
}

Snapshot::Entity GraphSnapshotRecords::entity(EntityId id) const
{
    const Entity &e = m_data.entity(id);
    return Snapshot::Entity{e.key, e.name, m_data.kind(e.kind).key, e.country, e.aliases, e.description};
}

Snapshot::Tie GraphSnapshotRecords::tie(TieId id) const
{
    const Tie &t = m_data.tie(id);
    Snapshot::Tie tie;
    tie.key = t.key;
    tie.from = m_data.entity(t.from).key;
    tie.to = m_data.entity(t.to).key;
    tie.domain = m_data.domain(t.domain).key;
    tie.relation = m_data.relation(t.relation).key;
    tie.start = t.start;
    tie.end = t.end;
    tie.status = t.status;
    tie.strength = t.strength;
    tie.note = t.note;
    tie.citations.reserve(t.citations.size());
    for (const Citation &c : t.citations)
        tie.citations.push_back(Snapshot::Citation{m_data.source(c.source).key, c.locator, c.grade});
    return tie;
}

void GraphSnapshotRecords::forEachEntity(const std::function<void(const Snapshot::Entity &)> &visit) const
{
    for (const EntityId id : m_view.visibleEntities())
        visit(entity(id));
}

void GraphSnapshotRecords::forEachTie(const std::function<void(const Snapshot::Tie &)> &visit) const
{
    for (const TieId id : m_view.visibleTies())
        visit(tie(id));
}

void GraphSnapshotRecords::forEachSource(const std::function<void(const Source &)> &visit) const
{
    for (const SourceId id : m_cited)
        visit(m_data.source(id));
}

void GraphSnapshotRecords::forEachPosition(
    const std::function<void(const std::string &key, const Point &)> &visit) const
{
    if (m_positions.empty())
        return;
    // The file lists positions by key, as a std::map<std::string, Point> would.
    std::vector<EntityId> byKey = m_view.visibleEntities();
    std::sort(byKey.begin(), byKey.end(),
              [this](EntityId a, EntityId b) { return m_data.entity(a).key < m_data.entity(b).key; });
    for (const EntityId id : byKey)
        visit(m_data.entity(id).key, m_positions[id.index()]);
}

} // namespace tiescope
