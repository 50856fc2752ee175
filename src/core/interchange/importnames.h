// SPDX-License-Identifier: MIT
#pragma once

#include <deque>
#include <string>
#include <string_view>

namespace tiescope {

// The field and column names of one reader's rows, each kept once: a row's fields point here
// instead of holding copies, and the rows share the names (ImportRow::names keeps them alive).
// A reader's names are a few dozen, so a search in order is all the lookup they need.
class ImportNames final
{
public:
    // The name's one copy; its address stays the same for the life of the object.
    [[nodiscard]] const std::string *intern(std::string_view name)
    {
        for (const std::string &known : m_names) {
            if (known == name)
                return &known;
        }
        return &m_names.emplace_back(name);
    }

private:
    std::deque<std::string> m_names; // a deque: adding a name moves none of the others
};

} // namespace tiescope
