// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tiescope {

// The dataset's own metadata, kept in the store's metadata table.
struct DatasetInfo final
{
    std::string title;
    std::string version;
    std::string description;
    std::string builtAt; // ISO 8601 UTC time of the build, empty when unknown
    std::string language{}; // dataset.json's language (e.g. "en"), empty when not given
};

} // namespace tiescope
