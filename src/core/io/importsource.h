// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tiescope {

// An input as importers first see it, looked at once: its path, whether it is a folder or a
// regular file, and a file's first bytes, so that each importer can say whether the input
// is its format without opening it again.
class ImportSource final
{
public:
    static constexpr std::size_t HeadSize = 64;

    explicit ImportSource(std::filesystem::path path);

    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }
    [[nodiscard]] bool exists() const { return m_exists; }
    [[nodiscard]] bool isDirectory() const { return m_directory; }
    [[nodiscard]] bool isFile() const { return m_file; }
    // Up to HeadSize first bytes of a regular file; empty for anything else or an empty file.
    [[nodiscard]] std::string_view head() const { return m_head; }

private:
    std::filesystem::path m_path;
    bool m_exists = false;
    bool m_directory = false;
    bool m_file = false;
    std::string m_head;
};

} // namespace tiescope
