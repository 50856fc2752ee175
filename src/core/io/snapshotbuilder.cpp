// SPDX-License-Identifier: MIT
#include "io/snapshotbuilder.h"

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/graphsnapshotrecords.h"
#include "model/dataset.h"

namespace tiescope {

Snapshot SnapshotBuilder::build(const GraphView &view, const FilterSpec &filter, std::string generator,
                                std::string createdAt)
{
    // The same records the streamed export writes, kept: the two cannot drift apart.
    const GraphSnapshotRecords records(view, filter, std::move(generator), std::move(createdAt));
    Snapshot snapshot = records.summary();
    const Dataset &data = view.graph().dataset();
    snapshot.entities.reserve(view.visibleEntityCount());
    for (const EntityId id : view.visibleEntities())
        snapshot.entities.push_back(records.entity(id));
    snapshot.ties.reserve(view.visibleTieCount());
    for (const TieId id : view.visibleTies())
        snapshot.ties.push_back(records.tie(id));
    for (const SourceId id : records.citedSources())
        snapshot.sources.push_back(data.source(id));
    return snapshot;
}

} // namespace tiescope
