// SPDX-License-Identifier: MIT
#include "io/csvwriter.h"

namespace tiescope {

std::string CsvWriter::cell(std::string_view text)
{
    std::string value;
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
        value += '\'';
    value += text;
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

void CsvWriter::writeRow(std::ostream &out, const std::vector<std::string> &cells)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out << ',';
        out << cell(cells[i]);
    }
    out << "\r\n";
}

} // namespace tiescope
