// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tiescope {

// The small text steps the import readers share on cells and attribute values.
class ImportText final
{
public:
    // "a|b|c" -> {a, b, c} (the lists TieScope's exports join with '|'); "" -> {}.
    [[nodiscard]] static std::vector<std::string> split(std::string_view text);
    // Without leading and trailing spaces, tabs and line ends.
    [[nodiscard]] static std::string_view trimmed(std::string_view text);
    // ASCII case only: keys, codes and vocabulary labels.
    [[nodiscard]] static std::string lower(std::string_view text);
    [[nodiscard]] static std::string upper(std::string_view text);
};

} // namespace tiescope
