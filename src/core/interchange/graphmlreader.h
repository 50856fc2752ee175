// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "interchange/importrows.h"

namespace tiescope {

// A GraphML file (as NetworkX, yEd and TieScope write it) as import rows: a node is an entity,
// an edge a tie (source, target, id when given), and each <data> goes to the field its key's
// attr.name names (ColumnGuess: "label" or "name" is the name, "weight" the strength, ...);
// a key's <default> fills what a node or edge leaves out. yEd's graphics keys give the name
// from the node's label. Parallel edges stay apart. Not GraphML (another root or namespace)
// or not well-formed XML: one issue naming the file and line.
class GraphmlReader final
{
public:
    static constexpr std::string_view Namespace = "http://graphml.graphdrawing.org/xmlns";
    [[nodiscard]] static ImportRows read(const std::filesystem::path &file);
};

} // namespace tiescope
