// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace tiescope::cli {

// Finds the database a command works on: the --db path when given, else the bundled
// Serbia–Russia database. The bundled one is looked for at the build-tree path compiled in
// (TIESCOPE_BUNDLED_DB), then relative to the executable: ../../data/serbia-russia.db (the
// build tree, where tiescope-cli is build/<preset>/src/cli/tiescope-cli), then
// ../share/tiescope/serbia-russia.db (an installed layout, bin/tiescope-cli).
class DatabaseLocator final
{
public:
    // The path to use; throws InputError when no bundled database exists.
    [[nodiscard]] static std::string resolve(const std::string &explicitPath, const std::string &executable);
    // The bundled-database candidates in lookup order.
    [[nodiscard]] static std::vector<std::filesystem::path> candidates(const std::string &executable);
    // The paragraph the help prints about it.
    [[nodiscard]] static std::string explanation();
};

} // namespace tiescope::cli
