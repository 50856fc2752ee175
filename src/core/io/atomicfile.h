// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string_view>

namespace tiescope {

// Writes a file all at once or not at all: the content goes to a fresh temporary file in the
// target's directory (so the final rename stays on one file system), and commit() renames it
// over the target. Until then the target is untouched; the destructor removes the temporary
// file (and SQLite's side files next to it) when commit() was not reached.
class AtomicFile final
{
public:
    // Throws InputError(target, ...) when the target's directory does not exist or the target
    // is a directory. The temporary path does not exist yet; the caller creates it.
    explicit AtomicFile(std::filesystem::path target);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    [[nodiscard]] const std::filesystem::path &target() const { return m_target; }
    [[nodiscard]] const std::filesystem::path &temporaryPath() const { return m_temporary; }

    // Flushes the temporary file to disk and renames it over the target. Throws InputError
    // naming the target on failure (the temporary file is then removed).
    void commit();

    // The whole of `bytes` written to `target` atomically, as above. Throws InputError naming the
    // target with the system's reason (a full disk says so) when any step fails.
    static void writeWhole(const std::filesystem::path &target, std::string_view bytes);

private:
    void removeTemporary() noexcept;

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    bool m_committed = false;
};

} // namespace tiescope
