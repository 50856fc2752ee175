// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/partialdate.h"

namespace tiescope {

// A document that claims something: an article, a report, an official statement.
struct Source final
{
    std::string key;
    std::string title;
    std::string author;
    std::string publisher;
    std::optional<PartialDate> date;
    std::string kind; // e.g. "analysis article"
    std::string url;  // empty unless a real, checkable address exists
    // Initialised here so the many `Source{key, title, ...}` that stop at url stay warning-free.
    std::optional<PartialDate> retrieved = std::nullopt; // when url was read; none if unknown
    std::string archiveUrl = {};                         // an archived copy of url (web archive); may be empty
    std::int64_t rowId = 0; // the store's row id once written (stable, never reused); 0: not stored
};

} // namespace tiescope
