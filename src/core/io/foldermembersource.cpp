// SPDX-License-Identifier: MIT
#include "io/foldermembersource.h"

#include <fstream>
#include <system_error>

namespace tiescope {

namespace fs = std::filesystem;

std::string FolderMemberSource::nameOf(std::string_view member) const
{
    return (m_folder / member).string();
}

std::unique_ptr<std::istream> FolderMemberSource::open(std::string_view member, std::string &problem) const
{
    const fs::path file = m_folder / member;
    std::error_code error;
    if (!fs::exists(file, error)) {
        problem = "missing file";
        return nullptr;
    }
    if (fs::is_directory(file, error)) {
        problem = "is a directory, not a JSON file";
        return nullptr;
    }
    auto in = std::make_unique<std::ifstream>(file, std::ios::binary);
    if (!*in) {
        problem = "cannot be read";
        return nullptr;
    }
    return in;
}

} // namespace tiescope
