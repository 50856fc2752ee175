// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>

#include "model/edtfdate.h"

namespace tiescope {

// What the source says about one end of a tie, as the timeline draws it: an exact date, an
// approximate (~) or uncertain (?) one, a bound or unspecified digits (the day lies in a known
// span), an open end (ongoing, or since the beginning), or no date at all.
enum class TimelineEnd : std::uint8_t { Exact, Approximate, Uncertain, Bounded, Open, Unknown };

[[nodiscard]] TimelineEnd timelineEndOf(const std::optional<EdtfDate> &date);
[[nodiscard]] const char *timelineEndName(TimelineEnd end);

} // namespace tiescope
