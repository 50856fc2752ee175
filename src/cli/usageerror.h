// SPDX-License-Identifier: MIT
#pragma once

#include <stdexcept>
#include <string>

namespace tiescope::cli {

// The command line itself is wrong (unknown command or option, missing or bad value):
// reported on stderr with a pointer to --help, exit code 2.
class UsageError final : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

} // namespace tiescope::cli
