// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace tiescope {

// The stable key a row is matched by, from the text in its key column: kept as it is when it is
// already a dataset id ([a-z0-9][a-z0-9-]*), else made one the way the forms do ("Gazprom Neft"
// -> "gazprom-neft", "E-17" -> "e-17", "Vučić" -> "vucic"). The same text always gives the same
// key, so a re-import finds the rows of the last one. Empty when nothing usable is left.
class ImportKey final
{
public:
    [[nodiscard]] static std::string of(std::string_view text);
};

} // namespace tiescope
