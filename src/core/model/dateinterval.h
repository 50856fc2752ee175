// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <limits>
#include <optional>

#include "model/partialdate.h"

namespace tiescope {

// A closed interval of days; an open end reaches to the beginning or the end of time.
// The rules (docs/data-model.md): a start means its first possible day, an end its last
// possible day, and two intervals meet when they share at least one day.
class DateInterval final
{
public:
    static constexpr std::int32_t Min = std::numeric_limits<std::int32_t>::min();
    static constexpr std::int32_t Max = std::numeric_limits<std::int32_t>::max();

    constexpr DateInterval() = default;
    constexpr DateInterval(std::int32_t first, std::int32_t last) : m_first(first), m_last(last) {}

    [[nodiscard]] static DateInterval between(const std::optional<PartialDate> &start,
                                              const std::optional<PartialDate> &end)
    {
        return {start ? start->firstDay() : Min, end ? end->lastDay() : Max};
    }

    [[nodiscard]] constexpr std::int32_t first() const { return m_first; }
    [[nodiscard]] constexpr std::int32_t last() const { return m_last; }
    [[nodiscard]] constexpr bool isEmpty() const { return m_first > m_last; }
    // A day that is a real day, not an open end.
    [[nodiscard]] static constexpr bool isFiniteDay(std::int32_t day) { return day != Min && day != Max; }
    [[nodiscard]] constexpr bool isUnbounded() const { return m_first == Min && m_last == Max; }
    [[nodiscard]] constexpr bool contains(std::int32_t day) const { return m_first <= day && day <= m_last; }
    [[nodiscard]] constexpr bool overlaps(const DateInterval &other) const
    {
        return !isEmpty() && !other.isEmpty() && m_first <= other.m_last && other.m_first <= m_last;
    }

    constexpr bool operator==(const DateInterval &) const = default;

private:
    std::int32_t m_first = Min;
    std::int32_t m_last = Max;
};

} // namespace tiescope
