// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>

namespace tiescope {

// One bad row (or a whole bad file) of an import, where the analyst can find it: the file, the
// line (1-based; 0 for the file as a whole), the column (its header name; may be empty) and why.
struct ImportIssue final
{
    std::string file;
    std::size_t line = 0;
    std::string column;
    std::string reason;

    [[nodiscard]] std::string toString() const
    {
        std::string text = file;
        if (line != 0)
            text += ":" + std::to_string(line);
        if (!column.empty())
            text += ": column \"" + column + "\"";
        return text + ": " + reason;
    }
    bool operator==(const ImportIssue &) const = default;
};

} // namespace tiescope
