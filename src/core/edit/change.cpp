// SPDX-License-Identifier: MIT
#include "edit/change.h"

#include <array>

namespace tiescope {

namespace {

constexpr std::array<std::string_view, 4> TableNames{"entities", "ties", "sources", "citations"};
constexpr std::array<std::string_view, 4> OperationNames{"add", "update", "delete", "merge"};

} // namespace

std::string_view toString(RecordTable table)
{
    return TableNames.at(static_cast<std::size_t>(table));
}

std::string_view toString(ChangeOperation operation)
{
    return OperationNames.at(static_cast<std::size_t>(operation));
}

std::optional<ChangeOperation> parseChangeOperation(std::string_view text)
{
    for (std::size_t i = 0; i < OperationNames.size(); ++i) {
        if (OperationNames[i] == text)
            return static_cast<ChangeOperation>(i);
    }
    return std::nullopt;
}

std::optional<RecordTable> parseRecordTable(std::string_view text)
{
    for (std::size_t i = 0; i < TableNames.size(); ++i) {
        if (TableNames[i] == text)
            return static_cast<RecordTable>(i);
    }
    return std::nullopt;
}

} // namespace tiescope
