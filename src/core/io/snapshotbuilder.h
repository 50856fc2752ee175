// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "io/snapshot.h"

namespace tiescope {

class GraphView;

// Makes a version 1 Snapshot of what a GraphView shows: the visible entities and ties in id
// order and the sources their ties cite, in the order first cited.
class SnapshotBuilder final
{
public:
    [[nodiscard]] static Snapshot build(const GraphView &view, const FilterSpec &filter, std::string generator,
                                        std::string createdAt);
};

} // namespace tiescope
