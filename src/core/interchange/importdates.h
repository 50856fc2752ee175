// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "interchange/importspec.h"

namespace tiescope {

// A date cell in the spec's date format, as the EDTF text TieScope stores ("21.06.2014" ->
// "2014-06-21"), checked by EdtfDate itself. EDTF cells may use every form the data model
// knows (2014~, [2014..], ..); the others are exact dates, and a bare year is EDTF too.
class ImportDates final
{
public:
    struct Result
    {
        std::optional<std::string> edtf; // empty cell: nullopt and no error
        std::string error;               // why the cell is not a date of this format
    };
    [[nodiscard]] static Result toEdtf(std::string_view cell, ImportSpec::DateFormat format);
};

} // namespace tiescope
