// SPDX-License-Identifier: MIT
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace tiescope {

// The named members of one input, each opened as a stream: the files of a dataset folder
// today (FolderMemberSource), a zip archive's entries or the parts of one JSON file later.
// A reader of a many-table format reads through this and never opens files itself.
class MemberSource
{
public:
    virtual ~MemberSource() = default;

    // How problems name the member: something a person can find, e.g. "data/ties.json".
    [[nodiscard]] virtual std::string nameOf(std::string_view member) const = 0;
    // The member's bytes, or nullptr with `problem` set ("missing file", ...).
    [[nodiscard]] virtual std::unique_ptr<std::istream> open(std::string_view member, std::string &problem) const = 0;

protected:
    MemberSource() = default;
    MemberSource(const MemberSource &) = default;
    MemberSource &operator=(const MemberSource &) = default;
};

} // namespace tiescope
