// SPDX-License-Identifier: MIT
#pragma once

#include "model/strongid.h"

namespace tiescope {

struct CountryTag;
// A country of a WorldMap (an index into WorldMap::countries()).
using CountryId = StrongId<CountryTag>;

} // namespace tiescope
