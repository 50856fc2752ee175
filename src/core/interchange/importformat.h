// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "interchange/importrows.h"
#include "interchange/importrowsink.h"
#include "interchange/importspec.h"

namespace tiescope {

// One format the import reads (see ImportFormats): its key in specs and on the command line,
// the label and file-name patterns a file dialog shows, which files it takes, and its reader.
struct ImportFormat final
{
    enum class Files
    {
        EntitiesAndTies, // a ties file (an edge list), optionally an entities file, or an export folder
        Graph            // one graph file, in ImportSpec::ties
    };

    ImportSpec::Format format = ImportSpec::Format::Csv;
    std::string key;                   // "csv"
    std::string label;                 // "CSV spreadsheets"
    std::vector<std::string> patterns; // "*.csv", ...
    Files files = Files::EntitiesAndTies;
    // Reads the files the spec names; may complete the spec (a CSV mapping guessed from the header).
    ImportRows (*read)(ImportSpec &spec) = nullptr;
    // The same rows given to a sink as they are read (ImportRowSink's order).
    void (*stream)(ImportSpec &spec, ImportRowSink &sink) = nullptr;
};

} // namespace tiescope
