// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "arguments.h"
#include "interchange/importspec.h"
#include "optionspec.h"

namespace tiescope::cli {

// The import command's choices as an ImportSpec: read from --spec, or made from --format, the
// files and the flags (which also override a spec's settings).
class ImportOptions final
{
public:
    [[nodiscard]] static std::vector<OptionSpec> options();
    // Throws UsageError for a bad command line, InputError for a bad spec file.
    [[nodiscard]] static ImportSpec spec(const Arguments &arguments);
};

} // namespace tiescope::cli
