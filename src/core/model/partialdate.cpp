// SPDX-License-Identifier: MIT
#include "model/partialdate.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace tiescope {

namespace {

std::optional<int> parseDigits(std::string_view text, std::size_t count)
{
    if (text.size() != count)
        return std::nullopt;
    int value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

} // namespace

int daysInMonth(int year, int month)
{
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return lengths[month - 1];
}

std::int32_t daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = year - era * 400;
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int yearOfDay(std::int32_t day)
{
    // Howard Hinnant's civil_from_days, in closed form (a search from a floating-point guess
    // was a sixth of an edit's time: the histogram asks it for every tie's dates). In 64
    // bits: the open ends' sentinels (DateInterval::Min and Max) lie millions of years away.
    const std::int64_t z = std::int64_t{day} + 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153; // 0 = March ... 11 = February
    // January and February belong to the next year of this March-based count.
    return static_cast<int>(yoe + era * 400 + (mp >= 10 ? 1 : 0));
}

std::optional<PartialDate> PartialDate::fromParts(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 0 || month > 12 || day < 0)
        return std::nullopt;
    if (month == 0 && day != 0)
        return std::nullopt;
    if (day != 0 && day > daysInMonth(year, month))
        return std::nullopt;
    PartialDate date;
    date.m_year = static_cast<std::int16_t>(year);
    date.m_month = static_cast<std::int8_t>(month);
    date.m_day = static_cast<std::int8_t>(day);
    return date;
}

std::optional<PartialDate> PartialDate::parse(std::string_view text)
{
    const auto year = parseDigits(text.substr(0, 4), 4);
    if (!year)
        return std::nullopt;
    if (text.size() == 4)
        return fromParts(*year);
    if (text.size() < 7 || text[4] != '-')
        return std::nullopt;
    const auto month = parseDigits(text.substr(5, 2), 2);
    if (!month || *month == 0)
        return std::nullopt;
    if (text.size() == 7)
        return fromParts(*year, *month);
    if (text.size() != 10 || text[7] != '-')
        return std::nullopt;
    const auto day = parseDigits(text.substr(8, 2), 2);
    if (!day || *day == 0)
        return std::nullopt;
    return fromParts(*year, *month, *day);
}

DatePrecision PartialDate::precision() const
{
    if (m_month == 0)
        return DatePrecision::Year;
    return m_day == 0 ? DatePrecision::Month : DatePrecision::Day;
}

std::int32_t PartialDate::firstDay() const
{
    return daysFromCivil(m_year, m_month == 0 ? 1 : m_month, m_day == 0 ? 1 : m_day);
}

std::int32_t PartialDate::lastDay() const
{
    if (m_month == 0)
        return daysFromCivil(m_year, 12, 31);
    if (m_day == 0)
        return daysFromCivil(m_year, m_month, daysInMonth(m_year, m_month));
    return daysFromCivil(m_year, m_month, m_day);
}

std::string PartialDate::toString() const
{
    char buffer[32];
    switch (precision()) {
    case DatePrecision::Year:
        std::snprintf(buffer, sizeof buffer, "%04d", int{m_year});
        break;
    case DatePrecision::Month:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d", int{m_year}, int{m_month});
        break;
    case DatePrecision::Day:
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", int{m_year}, int{m_month}, int{m_day});
        break;
    }
    return buffer;
}

} // namespace tiescope
