// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class GraphView;

// What a GraphView shows, as Cytoscape.js JSON (`elements` with `data` and `position`), which
// Cytoscape.js loads with cy.add / cy.json, Cytoscape desktop opens as .cyjs, and NetworkX
// reads with cytoscape_graph: nodes by entity key (also as `value`, the name NetworkX keys
// nodes by), one edge per tie with the tie's key as `id` and `key` (parallel ties stay apart in
// a multigraph), EDTF dates as text, lists as arrays, positions when given. Streamed record by
// record. docs/interchange.md lists every field.
class CytoscapeWriter final
{
public:
    // `positions` indexed by EntityId, or empty for none. Throws std::runtime_error when the
    // stream fails.
    static void write(const GraphView &view, const std::vector<Point> &positions, const std::string &generator,
                      std::ostream &out);
};

} // namespace tiescope
