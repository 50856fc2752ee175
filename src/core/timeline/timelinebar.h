// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include "model/strongid.h"
#include "timeline/timelineend.h"

namespace tiescope {

struct Tie;

// One tie on the timeline. Days count from 1970-01-01; DateInterval::Min / Max stand for an
// open or unknown side. The certain span (latest start .. earliest end) is when the tie surely
// held and may be empty; the possible span (earliest start .. latest end) is when it may have.
// reachFirst..reachLast is what is drawn: the possible span with an unknown side cut to a
// fade of FadeDays past the last known day, an open side left unbounded (an arrow to the edge).
struct TimelineBar final
{
    static constexpr std::int32_t FadeDays = 3 * 365;

    TieId tie;
    DomainId domain;
    std::uint32_t lane = 0;
    std::uint32_t row = 0; // a row of the whole timeline: lanes stack their rows
    std::int32_t certainFirst = 0;
    std::int32_t certainLast = -1;
    std::int32_t possibleFirst = 0;
    std::int32_t possibleLast = 0;
    std::int32_t reachFirst = 0;
    std::int32_t reachLast = 0;
    TimelineEnd startEnd = TimelineEnd::Unknown;
    TimelineEnd endEnd = TimelineEnd::Unknown;
    bool point = false; // a mark, not a bar: an event, or a tie that began and ended the same day

    [[nodiscard]] bool hasCertainSpan() const { return certainFirst <= certainLast; }

    // The bar of a dated tie; `touchesEvent` when one of its ends is an entity of kind event
    // (an event with only a start, or only an end, is a point at that date).
    [[nodiscard]] static TimelineBar of(const Tie &tie, TieId id, bool touchesEvent);
};

} // namespace tiescope
