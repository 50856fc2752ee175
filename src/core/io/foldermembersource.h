// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>

#include "io/membersource.h"

namespace tiescope {

// The files of one folder as members, each opened as an std::ifstream.
class FolderMemberSource final : public MemberSource
{
public:
    explicit FolderMemberSource(std::filesystem::path folder) : m_folder(std::move(folder)) {}

    [[nodiscard]] std::string nameOf(std::string_view member) const override;
    [[nodiscard]] std::unique_ptr<std::istream> open(std::string_view member, std::string &problem) const override;

private:
    std::filesystem::path m_folder;
};

} // namespace tiescope
