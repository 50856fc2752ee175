// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

namespace tiescope {

// What a timeline lane holds, and in which order the lanes come.
enum class LaneMode : std::uint8_t { Entity, Tie, Domain };
enum class LaneOrder : std::uint8_t { Start, Entity, Domain };

struct TimelineOptions final
{
    LaneMode mode = LaneMode::Entity;
    LaneOrder order = LaneOrder::Start;
};

} // namespace tiescope
