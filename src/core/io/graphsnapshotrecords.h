// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "io/snapshotrecords.h"
#include "model/strongid.h"

namespace tiescope {

class Dataset;
class GraphView;

// A version 1 snapshot of what a GraphView shows, made one record at a time from the dataset
// as the writer asks for it: the visible entities and ties in id order and the sources their
// ties cite, in the order first cited. Writing a million ties this way holds one record, not
// the million (SnapshotBuilder keeps them all, for callers that need the value).
// The view must outlive this object.
class GraphSnapshotRecords final : public SnapshotRecords
{
public:
    GraphSnapshotRecords(const GraphView &view, const FilterSpec &filter, std::string generator,
                         std::string createdAt);
    // The records are read from the view when written: a temporary view would be gone by then.
    GraphSnapshotRecords(GraphView &&, const FilterSpec &, std::string, std::string) = delete;

    // Where each entity was drawn, indexed by EntityId as layouts return them; the visible
    // entities' positions are written. Throws std::invalid_argument when one is missing.
    void setPositions(std::vector<Point> byEntity);

    [[nodiscard]] Snapshot::Entity entity(EntityId id) const;
    [[nodiscard]] Snapshot::Tie tie(TieId id) const;
    // Every source a visible tie cites, each once, in the order first cited.
    [[nodiscard]] const std::vector<SourceId> &citedSources() const { return m_cited; }

    [[nodiscard]] const Snapshot &summary() const override { return m_summary; }
    void forEachEntity(const std::function<void(const Snapshot::Entity &)> &visit) const override;
    void forEachTie(const std::function<void(const Snapshot::Tie &)> &visit) const override;
    void forEachSource(const std::function<void(const Source &)> &visit) const override;
    void forEachPosition(const std::function<void(const std::string &key, const Point &)> &visit) const override;

private:
    const GraphView &m_view;
    const Dataset &m_data;
    Snapshot m_summary; // its lists stay empty
    std::vector<SourceId> m_cited;
    std::vector<Point> m_positions;
};

} // namespace tiescope
