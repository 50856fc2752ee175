// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "filter/filterspec.h"
#include "layout/point.h"

namespace tiescope {

class Dataset;
class GraphView;

// Every format the filtered view is exported in, in one place, so that the CLI's
// `export --format` and the window's File → Export As… write the same files: the JSON
// snapshot, CSV (a folder), GraphML, GEXF 1.3 and 1.2draft, Cytoscape.js JSON and
// FollowTheMoney JSON lines. Each is written whole or not at all (AtomicFile; CSV's folder
// renamed into place), so a failure leaves the previous file as it was.
class InterchangeExport final
{
public:
    enum class Format : std::uint8_t { Json, Csv, Graphml, Gexf, Gexf12, Cyjs, Ftm };

    struct Options
    {
        std::vector<Point> positions; // indexed by EntityId, or empty for none
        FilterSpec filter;            // what the snapshot says was shown
        std::string generator = "TieScope";
        std::string createdAt;        // UTC, for the snapshot
        std::int32_t asOfDay = 0;     // GEXF: where open and unknown ends stop
    };

    struct Summary
    {
        std::size_t entities = 0;
        std::size_t ties = 0;
        std::size_t sources = 0; // json and csv
        std::size_t citations = 0; // csv
        std::size_t leftOut = 0;   // ftm: entities (and their ties) with no FtM schema
    };

    // "json", "csv", "graphml", "gexf" (1.3), "gexf-1.2", "cyjs", "ftm".
    [[nodiscard]] static std::optional<Format> parse(std::string_view name);
    [[nodiscard]] static std::string_view name(Format format);
    [[nodiscard]] static const std::vector<Format> &formats();
    // For file dialogs: "GEXF 1.3 (Gephi)", and the file name's usual ending (".gexf"; empty
    // for CSV, which writes a folder).
    [[nodiscard]] static std::string_view label(Format format);
    [[nodiscard]] static std::string_view extension(Format format);

    // Where open and unknown ends stop in a GEXF spell: the day the store was built, else today.
    [[nodiscard]] static std::int32_t asOfDay(const Dataset &data);

    // Writes the view to `target` (a file; for CSV a new folder). Throws InputError naming the
    // target when it cannot be written.
    static Summary write(Format format, const GraphView &view, const Options &options,
                         const std::filesystem::path &target);
};

} // namespace tiescope
