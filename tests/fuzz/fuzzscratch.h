// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include "tempdir.h"

namespace tiescope::fuzz {

// A folder of this process's own under the temp dir, for the readers that take a path: each
// input is written to a file there, read back by the real entry point, and overwritten by
// the next input. Removed when the process ends normally.
class FuzzScratch final
{
public:
    // One scratch folder per process, made on first use.
    [[nodiscard]] static FuzzScratch &instance()
    {
        static FuzzScratch scratch;
        return scratch;
    }

    // Writes the bytes to `name` in the folder (replacing it) and returns its path.
    [[nodiscard]] std::filesystem::path write(const std::string &name, const std::uint8_t *data, std::size_t size) const
    {
        const std::filesystem::path file = folder() / name;
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char *>(data), static_cast<std::streamsize>(size));
        if (!out.flush())
            throw std::runtime_error("cannot write " + file.string());
        return file;
    }
    // Removes a file the last input left (a store's -wal / -shm).
    void remove(const std::string &name) const
    {
        std::error_code ignored;
        std::filesystem::remove(folder() / name, ignored);
    }

    [[nodiscard]] const std::filesystem::path &folder() const { return m_dir.path(); }

private:
    FuzzScratch() = default;

    fixtures::TempDir m_dir;
};

} // namespace tiescope::fuzz
