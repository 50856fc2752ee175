// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tiescope {

// The TieScope field a column (or an XML attribute) holds, guessed from its name the way an
// analyst would read it: case, spaces, '_' and '-' ignored, common synonyms known ("Label" is
// the name, "Source" / "Target" of an edge list are from / to, "Weight" is the strength). The
// guess is only a start: the mapping is the analyst's to change (ImportSpec).
class ColumnGuess final
{
public:
    enum class Table
    {
        Entities,
        Ties
    };

    // TieScope's fields of each table, in the order a preview shows them.
    [[nodiscard]] static const std::vector<std::string> &fields(Table table);
    // The field a column named `name` holds, or nullopt.
    [[nodiscard]] static std::optional<std::string> fieldOf(std::string_view name, Table table);
    // field -> column for every header the guess knows; the first column wins a field, and a
    // name with two meanings takes the second when the first is taken ("From", "Source").
    [[nodiscard]] static std::map<std::string, std::string> guess(const std::vector<std::string> &header, Table table);
};

} // namespace tiescope
