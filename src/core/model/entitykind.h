// SPDX-License-Identifier: MIT
#pragma once

#include <string>

namespace tiescope {

// What sort of thing an entity is: state, company, agency, party, weapon system, ...
struct EntityKind final
{
    std::string key;
    std::string label;
};

} // namespace tiescope
