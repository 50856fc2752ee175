// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>

namespace tiescope {

class GraphView;

// What a GraphView shows as four CSV files in one new folder (docs/interchange.md):
// entities.csv, ties.csv (explicit id, source and target columns; EDTF dates, which carry
// their precision), sources.csv (the sources the shown records cite) and citations.csv (one
// row per citation of a shown entity or tie). Cells go through CsvWriter (RFC 4180, formulas
// neutralised). The folder appears whole or not at all: the files are written into a temporary
// folder beside it, which is renamed into place at the end.
class CsvExporter final
{
public:
    struct Counts
    {
        std::size_t entities = 0;
        std::size_t ties = 0;
        std::size_t sources = 0;
        std::size_t citations = 0;
    };

    // Throws InputError naming `folder` when it exists and is not empty, when its parent does
    // not exist, or when writing fails (nothing is left behind then).
    static Counts write(const GraphView &view, const std::filesystem::path &folder);
};

} // namespace tiescope
