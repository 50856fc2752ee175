// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tiescope {

// Comma-separated values as RFC 4180 has them (quoted when a cell holds a comma, quote or line
// break; CRLF row ends), safe to open in a spreadsheet: a cell that begins with = + - @, a tab
// or a carriage return is prefixed with an apostrophe, so it is read as text and never run as
// a formula (OWASP's advice on CSV injection). Audit trails carry whatever analysts typed.
class CsvWriter final
{
public:
    [[nodiscard]] static std::string cell(std::string_view text);
    static void writeRow(std::ostream &out, const std::vector<std::string> &cells);
};

} // namespace tiescope
