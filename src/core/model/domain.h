// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tiescope {

// A field of ties (energy, arms, ...) with the colour it is drawn in.
struct Domain final
{
    std::string key;    // stable text id, e.g. "energy"
    std::string label;  // shown to the analyst
    std::string colour; // "#rrggbb"
};

} // namespace tiescope
