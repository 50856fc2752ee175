// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <memory>
#include <sstream>
#include <string>

#include "io/membersource.h"

namespace tiescope::fixtures {

// The members of a dataset held in memory, as a zip or a single JSON file would hand them over.
class MemoryMembers final : public MemberSource
{
public:
    explicit MemoryMembers(std::map<std::string, std::string> members) : m_members(std::move(members)) {}
    [[nodiscard]] std::string nameOf(std::string_view member) const override { return "memory:" + std::string(member); }
    [[nodiscard]] std::unique_ptr<std::istream> open(std::string_view member, std::string &problem) const override
    {
        const auto found = m_members.find(std::string(member));
        if (found == m_members.end()) {
            problem = "not in memory";
            return nullptr;
        }
        return std::make_unique<std::istringstream>(found->second);
    }

private:
    std::map<std::string, std::string> m_members;
};

} // namespace tiescope::fixtures
