// SPDX-License-Identifier: MIT
#include "databaselocator.h"

#include <system_error>

#include "model/inputerror.h"

namespace tiescope::cli {

namespace fs = std::filesystem;

namespace {

// The running program's own path: /proc/self/exe on Linux, else what argv[0] said.
fs::path executablePath(const std::string &argv0)
{
    std::error_code error;
    const fs::path self = fs::read_symlink("/proc/self/exe", error);
    if (!error)
        return self;
    return fs::absolute(argv0, error);
}

} // namespace

std::vector<fs::path> DatabaseLocator::candidates(const std::string &executable)
{
    // Installed programs first use the store installed beside them (PREFIX/share/tiescope),
    // even where the build tree they came from still exists; a build uses its own.
    std::vector<fs::path> paths;
    const fs::path directory = executablePath(executable).parent_path();
    if (!directory.empty()) {
        paths.push_back((directory / ".." / "share" / "tiescope" / "serbia-russia.db").lexically_normal());
        paths.push_back((directory / ".." / ".." / "data" / "serbia-russia.db").lexically_normal());
    }
    paths.emplace_back(TIESCOPE_BUNDLED_DB);
    return paths;
}

std::string DatabaseLocator::resolve(const std::string &explicitPath, const std::string &executable)
{
    if (!explicitPath.empty())
        return explicitPath;
    for (const fs::path &candidate : candidates(executable)) {
        std::error_code error;
        if (fs::is_regular_file(candidate, error))
            return candidate.string();
    }
    throw InputError(TIESCOPE_BUNDLED_DB, "no such file; build the bundled database (CMake target tiescope_data) "
                                          "or choose one with --db PATH");
}

std::string DatabaseLocator::explanation()
{
    return "Without --db, the bundled Serbia-Russia database is used: ../share/tiescope/serbia-russia.db next to\n"
           "the program when installed, else the build's own (" + std::string(TIESCOPE_BUNDLED_DB) + ").\n";
}

} // namespace tiescope::cli
