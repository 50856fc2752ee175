// SPDX-License-Identifier: MIT
#pragma once

// The text SnapshotWriter writes for a snapshot, for the tests that compare or re-read it.
#include <sstream>
#include <string>

#include "io/snapshot.h"
#include "io/snapshotwriter.h"

namespace tiescope::fixtures {

inline std::string written(const Snapshot &snapshot)
{
    std::ostringstream out;
    SnapshotWriter::write(snapshot, out);
    return out.str();
}

} // namespace tiescope::fixtures
