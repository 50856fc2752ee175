// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/dateinterval.h"
#include "model/strongid.h"

namespace tiescope {

class GraphView;
class TieDates;

// What changed between two moments (docs/analysis.md, "What changed between two dates"):
// for every shown dated tie, whether it held in window A and in window B, and the ties whose
// presence differs. A tie is Certain in a window when it held there whatever its true dates
// are, Possible when it may have, Absent when it cannot have. Undated ties have no place in
// time, so they are counted apart and never reported as beginning or ending.
class DateComparison final
{
public:
    enum class Presence : std::uint8_t { Absent, Possible, Certain };
    enum class Change : std::uint8_t {
        Began,          // absent in A, present (possibly or surely) in B
        Ended,          // present in A, absent in B
        BecameCertain,  // possible in A, certain in B
        BecameUncertain // certain in A, only possible in B
    };

    struct Row
    {
        TieId tie;
        Change change = Change::Began;
        Presence atA = Presence::Absent;
        Presence atB = Presence::Absent;
    };

    struct Result
    {
        DateInterval a;
        DateInterval b;
        std::vector<Row> rows;      // in the order of Change, then of the tie's earliest start
        std::size_t compared = 0;   // dated ties shown by the view
        std::size_t undated = 0;    // shown ties with no date, left out
        [[nodiscard]] std::size_t count(Change change) const;
    };

    [[nodiscard]] static Presence presence(const TieDates &dates, const DateInterval &window);

    // Compares the view's visible ties (the view's own date window should be open: the
    // comparison has its two windows). A is the earlier window: when B starts before A the
    // two are swapped, so "began" always means "began between them".
    [[nodiscard]] static Result compare(const GraphView &view, DateInterval a, DateInterval b);


    [[nodiscard]] static const char *name(Change change);
    [[nodiscard]] static const char *name(Presence presence);
};

} // namespace tiescope
