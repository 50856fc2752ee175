// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>

#include "model/dateinterval.h"

namespace tiescope {

// A window of days written as text, as the CLI's `diff --at`, the Compare dock and snapshots
// take it: a partial date (2014, 2014-06, 2014-06-28: every day it names) or two of them as
// FROM/TO (2012/2014-06; either side empty for open, not both).
class DateWindow final
{
public:
    // Empty when malformed or when the window ends before it starts.
    [[nodiscard]] static std::optional<DateInterval> parse(std::string_view text);
};

} // namespace tiescope
