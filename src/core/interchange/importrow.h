// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace tiescope {

// One record as a reader found it, before it is matched to the store: TieScope's field names
// (ImportFields) to the text in the file, and where each came from, for the report. A field
// the file does not have is absent; one it has but leaves empty is "".
struct ImportRow final
{
    std::string file;
    std::size_t line = 0;
    std::map<std::string, std::string> fields;
    std::map<std::string, std::string> columns; // field -> the column (or attribute) it came from

    [[nodiscard]] bool has(const std::string &field) const { return fields.count(field) != 0; }
    // A reference, not a copy: the planner asks for a row's fields many times over.
    [[nodiscard]] const std::string &value(const std::string &field) const
    {
        static const std::string none;
        const auto it = fields.find(field);
        return it == fields.end() ? none : it->second;
    }
    [[nodiscard]] std::string column(const std::string &field) const
    {
        const auto it = columns.find(field);
        return it == columns.end() ? field : it->second;
    }
    void set(const std::string &field, std::string text, const std::string &column)
    {
        fields[field] = std::move(text);
        columns[field] = column;
    }
    // Sets the field when the value is there (an XML attribute that may be missing).
    void set(const std::string &field, const std::optional<std::string> &text, const std::string &column)
    {
        if (text)
            set(field, *text, column);
    }
};

} // namespace tiescope
