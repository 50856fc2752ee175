// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tiescope::cli {

// One option a command accepts.
struct OptionSpec final
{
    std::string name;      // "--domain"
    std::string valueName; // "D"; empty for a flag without value
    std::string help;      // one line
    bool repeatable = false;
    std::string shortName = {}; // "-h", or empty
};

} // namespace tiescope::cli
