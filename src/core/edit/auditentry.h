// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace tiescope {

// One row of a store's audit trail (the changes table): who changed which record when, and
// the record before and after as JSON text ("" for none).
struct AuditEntry final
{
    std::int64_t id = 0;
    std::string time; // UTC, ISO 8601
    std::string author;
    std::int64_t changeSet = 0;
    std::string label;
    std::string table;
    std::string key;
    std::int64_t rowId = 0;
    std::string operation; // add, update, delete, merge
    std::string before;
    std::string after;
};

} // namespace tiescope
