// SPDX-License-Identifier: MIT
#pragma once

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
};

} // namespace tiescope
