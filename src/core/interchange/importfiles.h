// SPDX-License-Identifier: MIT
#pragma once

#include "interchange/importrows.h"
#include "interchange/importrowsink.h"
#include "interchange/importspec.h"

namespace tiescope {

// Reads the files a spec names with its format's reader from ImportFormats (CsvRows,
// GexfReader, GraphmlReader). A CSV mapping is completed with the guess from the header.
class ImportFiles final
{
public:
    [[nodiscard]] static ImportRows read(ImportSpec &spec);
    // The same rows given to `sink` as they are read, so a large import is never held whole.
    static void stream(ImportSpec &spec, ImportRowSink &sink);
};

} // namespace tiescope
