// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class GraphView;

// What a GraphView shows, as GraphML (graphml.graphdrawing.org) for yEd, Gephi, NetworkX and
// igraph: every key declared with its type, scalar values only (lists joined with "|"), nodes
// by entity key, one edge per tie with the tie's key as its unique id (parallel ties stay
// apart), EDTF dates as text, and x / y when positions are given. Streamed record by record.
// docs/interchange.md lists every key.
class GraphmlWriter final
{
public:
    // `positions` indexed by EntityId (as layouts return them), or empty for none. Throws
    // std::runtime_error when the stream fails.
    static void write(const GraphView &view, const std::vector<Point> &positions, std::ostream &out);
};

} // namespace tiescope
