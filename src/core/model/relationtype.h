// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "model/dependence.h"

namespace tiescope {

// The meaning of a tie: what "from" does to "to", and which end depends on which.
struct RelationType final
{
    std::string key;
    std::string label;
    std::string description;
    bool directed = true;
    Dependence dependent = Dependence::None;
    double defaultStrength = 0.5; // 0..1, used when a tie gives none
};

} // namespace tiescope
