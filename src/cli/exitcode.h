// SPDX-License-Identifier: MIT
#pragma once

namespace tiescope::cli {

// tiescope-cli's exit codes, the same for every command.
enum ExitCode : int {
    ExitOk = 0,      // done; for validate: no problem found
    ExitFailure = 1, // bad input file, failed validation, or a file that could not be written
    ExitUsage = 2,   // bad command line
};

} // namespace tiescope::cli
