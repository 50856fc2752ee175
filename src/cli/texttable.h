// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "terminaltext.h"

namespace tiescope::cli {

// A plain aligned text table for terminal output; every cell is cleaned of control characters.
class TextTable final
{
public:
    explicit TextTable(std::vector<std::string> header) { m_rows.push_back(std::move(header)); }

    void add(std::vector<std::string> row) { m_rows.push_back(std::move(row)); }

    void print(std::ostream &out) const
    {
        std::vector<std::size_t> widths;
        for (const auto &row : m_rows) {
            widths.resize(std::max(widths.size(), row.size()), 0);
            for (std::size_t i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], TerminalText::clean(row[i]).size());
        }
        for (const auto &row : m_rows) {
            std::string line;
            for (std::size_t i = 0; i < row.size(); ++i) {
                const std::string cell = TerminalText::clean(row[i]);
                line += cell;
                if (i + 1 < row.size())
                    line += std::string(widths[i] - cell.size() + 2, ' ');
            }
            out << line << '\n';
        }
    }

private:
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace tiescope::cli
