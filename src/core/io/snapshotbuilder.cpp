// SPDX-License-Identifier: MIT
#include "io/snapshotbuilder.h"

#include <unordered_set>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

Snapshot SnapshotBuilder::build(const GraphView &view, const FilterSpec &filter, std::string generator,
                                std::string createdAt)
{
    const Dataset &data = view.graph().dataset();
    Snapshot snapshot;
    snapshot.formatVersion = 1;
    snapshot.generator = std::move(generator);
    snapshot.createdAt = std::move(createdAt);
    snapshot.datasetTitle = data.info().title;
    snapshot.datasetVersion = data.info().version;
    snapshot.filter = filter;
    for (const EntityId id : view.visibleEntities()) {
        const Entity &e = data.entity(id);
        snapshot.entities.push_back(
            Snapshot::Entity{e.key, e.name, data.kind(e.kind).key, e.country, e.aliases, e.description});
    }
    std::unordered_set<SourceId> cited;
    for (const TieId id : view.visibleTies()) {
        const Tie &t = data.tie(id);
        Snapshot::Tie tie;
        tie.key = t.key;
        tie.from = data.entity(t.from).key;
        tie.to = data.entity(t.to).key;
        tie.domain = data.domain(t.domain).key;
        tie.relation = data.relation(t.relation).key;
        tie.start = t.start;
        tie.end = t.end;
        tie.status = t.status;
        tie.strength = t.strength;
        tie.note = t.note;
        for (const Citation &c : t.citations) {
            tie.citations.push_back(Snapshot::Citation{data.source(c.source).key, c.locator, c.grade});
            if (cited.insert(c.source).second)
                snapshot.sources.push_back(data.source(c.source));
        }
        snapshot.ties.push_back(std::move(tie));
    }
    return snapshot;
}

} // namespace tiescope
