// SPDX-License-Identifier: MIT
#pragma once

#include "analytics/chainoptions.h"

namespace tiescope {

// How chains add up to an exposure score (docs/analysis.md).
struct ExposureOptions final
{
    double decay = 0.8; // each hop beyond the first multiplies a chain's value by this
    ChainOptions chains;
};

} // namespace tiescope
