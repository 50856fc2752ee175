// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

#include "model/strongid.h"

namespace tiescope {

// One lane of the timeline: an entity, a tie or a domain, with the rows its bars are packed
// into (bars in one row never share a day of their drawn reach).
struct TimelineLane final
{
    std::string label;
    EntityId entity; // set in entity lanes
    TieId tie;       // set in tie lanes
    DomainId domain; // the domain (domain lanes), the tie's (tie lanes), the first tie's (entity lanes)
    std::uint32_t firstRow = 0;
    std::uint32_t rowCount = 1;
    std::int32_t firstDay = 0; // earliest possible day of its bars, for ordering by start
};

} // namespace tiescope
