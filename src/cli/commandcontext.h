// SPDX-License-Identifier: MIT
#pragma once

#include <iosfwd>
#include <string>

namespace tiescope::cli {

// What every command gets besides its own arguments: where to print, and the database the
// user chose (--db) or the bundled one.
struct CommandContext final
{
    std::ostream &out;
    std::ostream &err;
    std::string program = "tiescope-cli";
    std::string databasePath; // from --db; empty means "the bundled database"
    std::string executablePath; // for finding the bundled database next to the program
};

} // namespace tiescope::cli
