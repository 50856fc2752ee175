// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class GraphView;

// What a GraphView shows, as GEXF for Gephi and NetworkX (docs/interchange.md): typed
// attributes, one edge per tie with the tie's key as its unique id (parallel ties stay apart)
// and its strength as weight, dates as spells of possible days (timeformat "date", closed
// intervals; an end that is open or unknown is written as the as-of day, with attributes
// saying which), undated ties with no spell and `undated` true, positions and domain colours in
// the viz namespace. Version 1.3 by default; 1.2draft for readers that know no newer one
// (NetworkX 2.8, as Debian 12 ships it). Streamed record by record.
class GexfWriter final
{
public:
    enum class Version : std::uint8_t { V1_3, V1_2Draft };

    struct Options
    {
        Version version = Version::V1_3;
        std::int32_t asOfDay = 0;       // days since 1970-01-01: where open and unknown ends stop
        std::vector<Point> positions;   // indexed by EntityId, or empty for none
        std::string creator = "TieScope";
    };

    // Throws std::runtime_error when the stream fails.
    static void write(const GraphView &view, const Options &options, std::ostream &out);
};

} // namespace tiescope
