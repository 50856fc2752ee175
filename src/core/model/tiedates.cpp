// SPDX-License-Identifier: MIT
#include "model/tiedates.h"

#include <algorithm>

namespace tiescope {

TieDates::TieDates(const std::optional<EdtfDate> &start, const std::optional<EdtfDate> &end)
    : m_undated(!start && !end)
{
    if (m_undated)
        return;
    // An open start lies before every day, an open end after every day.
    if (start) {
        m_startEarliest = start->isOpen() ? DateInterval::Min : start->earliestDay();
        m_startLatest = start->isOpen() ? DateInterval::Min : start->latestDay();
    }
    if (end) {
        m_endEarliest = end->isOpen() ? DateInterval::Max : end->earliestDay();
        m_endLatest = end->isOpen() ? DateInterval::Max : end->latestDay();
    }
    // An unknown side is only known not to cross the other: S <= E.
    if (!start)
        m_startLatest = m_endLatest;
    if (!end)
        m_endEarliest = m_startEarliest;
    // The same rule narrows known sides: the tie cannot end before its earliest start.
    m_endEarliest = std::max(m_endEarliest, m_startEarliest);
    m_startLatest = std::min(m_startLatest, m_endLatest);
}

std::string TieDates::text(const std::optional<EdtfDate> &start, const std::optional<EdtfDate> &end)
{
    if (!start && !end)
        return {};
    return (start ? start->toString() : std::string()) + "/" + (end ? end->toString() : std::string());
}

bool TieDates::endsBeforeItStarts(const std::optional<EdtfDate> &start, const std::optional<EdtfDate> &end)
{
    return start && end && !start->isOpen() && !end->isOpen() && end->latestDay() < start->earliestDay();
}

bool TieDates::mayMeet(const DateInterval &window) const
{
    return !m_undated && !window.isEmpty() && m_startEarliest <= window.last() && window.first() <= m_endLatest;
}

bool TieDates::mustMeet(const DateInterval &window) const
{
    return !m_undated && !window.isEmpty() && m_startLatest <= window.last() && window.first() <= m_endEarliest;
}

} // namespace tiescope
