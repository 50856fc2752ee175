// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "interchange/importrowsink.h"
#include "interchange/importrows.h"

namespace tiescope {

// A GEXF 1.2 or 1.3 file (as Gephi, NetworkX and TieScope write it) as import rows: a node is
// an entity (id, label = name, attvalues by their attribute's title: kind, country, aliases,
// description), an edge a tie (source, target, id when given; attvalues relation, domain,
// start, end, status, strength, note, citations, ...). An edge without start / end attvalues
// takes its dates from its own start / end, else from its spells (the first start, the last
// end), in the graph's timeformat; one
// without relation its label, one without strength its weight. Of a dynamic attribute's
// values the last one in the file is taken (Gephi writes them in time order). Edges are never
// merged: parallel edges stay apart, and a repeated edge id is a bad row of the import plan.
// A file that is not GEXF (another root, another namespace) or not well-formed XML gives one
// issue naming the file and line (XmlEventReader).
class GexfReader final
{
public:
    [[nodiscard]] static ImportRows read(const std::filesystem::path &file);
    // The same rows given to `sink` as they are parsed (nodes before edges), the issues at the end.
    static void stream(const std::filesystem::path &file, ImportRowSink &sink);
    [[nodiscard]] static bool isGexfNamespace(std::string_view uri);
};

} // namespace tiescope
