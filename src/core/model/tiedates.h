// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "model/dateinterval.h"
#include "model/edtfdate.h"

namespace tiescope {

// When a tie may have held and when it surely held, from its start and end as EDTF dates
// (docs/data-model.md, "Dates"). An empty start or end is unknown; ".." is open (an open
// end: ongoing). The tie began on some day S and ended on some day E >= S; each lies
// between its date's earliest and latest possible day. A tie with neither date is
// undated: it has no place in time at all, and meets no window.
class TieDates final
{
public:
    TieDates(const std::optional<EdtfDate> &start, const std::optional<EdtfDate> &end);

    // The EDTF interval "start/end": "2014/..", "2014/" (unknown end), "/2020"; "" when undated.
    [[nodiscard]] static std::string text(const std::optional<EdtfDate> &start, const std::optional<EdtfDate> &end);
    // The end's last possible day comes before the start's first possible day.
    [[nodiscard]] static bool endsBeforeItStarts(const std::optional<EdtfDate> &start,
                                                 const std::optional<EdtfDate> &end);

    [[nodiscard]] bool isUndated() const { return m_undated; }
    // Every day the tie may have held: [earliest start, latest end]; all time when undated.
    [[nodiscard]] DateInterval possible() const { return {m_startEarliest, m_endLatest}; }
    // The tie may have held on a day of the window (never when undated).
    [[nodiscard]] bool mayMeet(const DateInterval &window) const;
    // The tie held on at least one day of the window whatever its true dates are: it began
    // by the window's end and ended no earlier than the window's start.
    [[nodiscard]] bool mustMeet(const DateInterval &window) const;

    [[nodiscard]] std::int32_t startEarliest() const { return m_startEarliest; }
    [[nodiscard]] std::int32_t startLatest() const { return m_startLatest; }
    [[nodiscard]] std::int32_t endEarliest() const { return m_endEarliest; }
    [[nodiscard]] std::int32_t endLatest() const { return m_endLatest; }

private:
    std::int32_t m_startEarliest = DateInterval::Min;
    std::int32_t m_startLatest = DateInterval::Max;
    std::int32_t m_endEarliest = DateInterval::Min;
    std::int32_t m_endLatest = DateInterval::Max;
    bool m_undated = true;
};

} // namespace tiescope
