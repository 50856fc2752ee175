// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>

#include "io/snapshot.h"

namespace tiescope {

// Writes a Snapshot as JSON (docs/snapshot-format.md): version 2 when it has a view, else
// version 1. Throws std::invalid_argument for what the format cannot hold (a non-finite
// number, a zoom that is not positive) and std::runtime_error when the stream fails.
class SnapshotWriter final
{
public:
    static void write(const Snapshot &snapshot, std::ostream &out);
};

} // namespace tiescope
