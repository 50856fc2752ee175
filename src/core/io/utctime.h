// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tiescope {

// Timestamps for files TieScope writes (a store's build time, a snapshot's creation time).
class UtcTime final
{
public:
    // The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
    [[nodiscard]] static std::string now();
};

} // namespace tiescope
