// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tiescope {

enum class DatePrecision : std::uint8_t { Year, Month, Day };

// A calendar date known to a year, a month or a day. See docs/data-model.md for how a
// partial date becomes an interval of days.
class PartialDate final
{
public:
    constexpr PartialDate() = default;

    // Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1..9999, real calendar days).
    [[nodiscard]] static std::optional<PartialDate> parse(std::string_view text);
    [[nodiscard]] static std::optional<PartialDate> fromParts(int year, int month = 0, int day = 0);

    [[nodiscard]] int year() const { return m_year; }
    [[nodiscard]] int month() const { return m_month; } // 0 when unknown
    [[nodiscard]] int day() const { return m_day; }     // 0 when unknown
    [[nodiscard]] DatePrecision precision() const;

    // Days since 1970-01-01 of the first and the last day the date can mean.
    [[nodiscard]] std::int32_t firstDay() const;
    [[nodiscard]] std::int32_t lastDay() const;

    [[nodiscard]] std::string toString() const;

    // Orders by first day, then by precision (coarser first); equal only when identical.
    auto operator<=>(const PartialDate &) const = default;

private:
    std::int16_t m_year = 1970;
    std::int8_t m_month = 0;
    std::int8_t m_day = 0;
};

// Days since 1970-01-01 for a proleptic Gregorian date (month 1..12, day 1..31).
[[nodiscard]] std::int32_t daysFromCivil(int year, int month, int day);
[[nodiscard]] int daysInMonth(int year, int month);
// The proleptic Gregorian year a day (since 1970-01-01) falls in.
[[nodiscard]] int yearOfDay(std::int32_t day);

} // namespace tiescope
