// SPDX-License-Identifier: MIT
#pragma once

#include "interchange/importrows.h"
#include "interchange/importspec.h"

namespace tiescope {

// Reads the files a spec names with its format's reader from ImportFormats (CsvRows,
// GexfReader, GraphmlReader). A CSV mapping is completed with the guess from the header.
class ImportFiles final
{
public:
    [[nodiscard]] static ImportRows read(ImportSpec &spec);
};

} // namespace tiescope
