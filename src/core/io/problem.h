// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tiescope {

// One finding of a validation: the file, the record in it (may be empty for a problem with
// the whole file) and what is wrong, shown as one line "FILE: RECORD: MESSAGE".
struct Problem final
{
    std::string file;
    std::string record; // e.g. `tie "gpn-owns-nis"` or `tie #4`
    std::string message;

    [[nodiscard]] std::string toString() const
    {
        std::string line = file;
        if (!record.empty())
            line += (line.empty() ? "" : ": ") + record;
        return line + (line.empty() ? "" : ": ") + message;
    }
    bool operator==(const Problem &) const = default;
};

} // namespace tiescope
