// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "interchange/importnames.h"

namespace tiescope {

// One record as a reader found it, before it is matched to the store: TieScope's field names
// (ImportFields) to the text in the file, and where each came from, for the report. A field
// the file does not have is absent; one it has but leaves empty is "".
//
// The fields are a flat list searched in order, not a map, and their names and columns point
// into the reader's ImportNames: a row has a dozen fields and is made, read and let go once per
// record of a file, so its one allocation is what it costs.
struct ImportRow final
{
    struct Field
    {
        std::string text;
        const std::string *name = nullptr;
        const std::string *column = nullptr; // the column (or attribute) it came from
    };

    std::string file;
    std::size_t line = 0;
    std::vector<Field> fields;
    std::shared_ptr<ImportNames> names; // what the fields' names and columns point into

    ImportRow() = default;
    // `names` shared by the rows of one reader; `fields` as many as the reader will set.
    ImportRow(std::string file, std::size_t line, std::shared_ptr<ImportNames> names = nullptr, std::size_t fields = 0)
        : file(std::move(file)), line(line), names(std::move(names))
    {
        this->fields.reserve(fields);
    }

    [[nodiscard]] const Field *find(std::string_view field) const
    {
        for (const Field &entry : fields) {
            if (*entry.name == field)
                return &entry;
        }
        return nullptr;
    }
    [[nodiscard]] bool has(std::string_view field) const { return find(field) != nullptr; }
    // A reference, not a copy: the planner asks for a row's fields many times over.
    [[nodiscard]] const std::string &value(std::string_view field) const
    {
        static const std::string none;
        const Field *entry = find(field);
        return entry ? entry->text : none;
    }
    [[nodiscard]] std::string column(std::string_view field) const
    {
        const Field *entry = find(field);
        return entry ? *entry->column : std::string(field);
    }
    void set(std::string_view field, std::string text, std::string_view column)
    {
        if (!names)
            names = std::make_shared<ImportNames>();
        set(names->intern(field), std::move(text), names->intern(column));
    }
    // The same with a name and column from this row's `names` (a reader interns them once).
    void set(const std::string *name, std::string text, const std::string *column)
    {
        for (Field &entry : fields) {
            if (entry.name == name) {
                entry.text = std::move(text);
                entry.column = column;
                return;
            }
        }
        fields.push_back({std::move(text), name, column});
    }
    // Sets the field when the value is there (an XML attribute that may be missing).
    void set(std::string_view field, std::optional<std::string> text, std::string_view column)
    {
        if (text)
            set(field, std::move(*text), column);
    }
};

} // namespace tiescope
