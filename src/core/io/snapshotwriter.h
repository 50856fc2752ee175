// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

#include "io/snapshot.h"

namespace tiescope {

class SnapshotRecords;

// Writes a snapshot as JSON (docs/snapshot-format.md): version 2 when it has a view, else
// version 1. The document is streamed one record at a time, so writing needs memory for one
// record beyond the snapshot's own. Throws std::invalid_argument for what the format cannot
// hold (a non-finite number, a zoom that is not positive) and std::runtime_error when the
// stream fails. The stream may then hold part of a document: write to a temporary file and
// keep it only when write() returned (AtomicFile).
class SnapshotWriter final
{
public:
    static void write(const Snapshot &snapshot, std::ostream &out);
    static void write(const SnapshotRecords &records, std::ostream &out);
};

} // namespace tiescope
