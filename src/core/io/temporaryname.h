// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

namespace tiescope {

// The names of what is written beside a target and then renamed over it: TARGET.tmp-PID-N-R,
// PID being the writing process. A SIGKILL leaves such a file or folder behind (no code runs
// then), so every writer first removes those whose process no longer runs.
class TemporaryName final
{
public:
    // A name beside `target` that nothing has yet. Throws InputError naming the target.
    [[nodiscard]] static std::filesystem::path beside(const std::filesystem::path &target);

    // Removes what writers of `target` that are gone left beside it: temporary files, folders
    // and their SQLite side files (-journal, -wal, -shm). Never throws.
    static void removeStale(const std::filesystem::path &target) noexcept;
};

} // namespace tiescope
