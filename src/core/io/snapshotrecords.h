// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <string>

#include "io/snapshot.h"

namespace tiescope {

// A snapshot as SnapshotWriter reads it: the small parts at once, the long lists one record
// at a time, so the records need not exist together (a million ties written from the graph).
// Each list is visited in the order the file holds it.
class SnapshotRecords
{
public:
    virtual ~SnapshotRecords() = default;

    // Format version, generator, time, dataset, filter and view; its four lists are not read.
    [[nodiscard]] virtual const Snapshot &summary() const = 0;
    virtual void forEachEntity(const std::function<void(const Snapshot::Entity &)> &visit) const = 0;
    virtual void forEachTie(const std::function<void(const Snapshot::Tie &)> &visit) const = 0;
    virtual void forEachSource(const std::function<void(const Source &)> &visit) const = 0;
    // In key order; none at all leaves `positions` out of the file.
    virtual void forEachPosition(const std::function<void(const std::string &key, const Point &)> &visit) const = 0;

protected:
    SnapshotRecords() = default;
    SnapshotRecords(const SnapshotRecords &) = default;
    SnapshotRecords &operator=(const SnapshotRecords &) = default;
};

} // namespace tiescope
