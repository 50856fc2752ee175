// SPDX-License-Identifier: MIT
#include "model/edtfdate.h"

#include "model/dateinterval.h"

namespace tiescope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// "2014", "201X" or "20XX": the first and last year the text may mean.
std::optional<std::pair<int, int>> yearSpan(std::string_view text, bool &unspecified)
{
    if (text.size() != 4 || !isDigit(text[0]) || !isDigit(text[1]))
        return std::nullopt;
    int low = 0;
    int high = 0;
    bool seenX = false;
    for (const char c : text) {
        if (c == 'X') {
            seenX = true;
            low = low * 10;
            high = high * 10 + 9;
        } else if (isDigit(c) && !seenX) {
            low = low * 10 + (c - '0');
            high = high * 10 + (c - '0');
        } else {
            return std::nullopt; // X only from the right
        }
    }
    unspecified = seenX;
    if (low < 1)
        return std::nullopt;
    return std::pair{low, high};
}

// The day range of a date that has unspecified (X) digits: 201X, 2014-XX, 2014-06-XX, 2014-XX-XX.
std::optional<std::pair<std::int32_t, std::int32_t>> unspecifiedSpan(std::string_view text)
{
    bool yearX = false;
    const auto years = yearSpan(text.substr(0, 4), yearX);
    if (!years)
        return std::nullopt;
    if (text.size() == 4)
        return yearX ? std::optional{std::pair{daysFromCivil(years->first, 1, 1), daysFromCivil(years->second, 12, 31)}}
                     : std::nullopt;
    if (yearX || text.size() < 7 || text[4] != '-')
        return std::nullopt; // level 1 has no month after an unspecified year
    const int year = years->first;
    const std::string_view month = text.substr(5, 2);
    const std::string_view rest = text.substr(7);
    if (month == "XX" && (rest.empty() || rest == "-XX"))
        return std::pair{daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31)};
    if (rest != "-XX" || month.size() != 2 || !isDigit(month[0]) || !isDigit(month[1]))
        return std::nullopt;
    const int m = (month[0] - '0') * 10 + (month[1] - '0');
    if (m < 1 || m > 12)
        return std::nullopt;
    return std::pair{daysFromCivil(year, m, 1), daysFromCivil(year, m, daysInMonth(year, m))};
}

// First day of the month `months` after (year, month), counting negative months back.
std::int32_t monthStart(int year, int month, int months)
{
    const int index = year * 12 + (month - 1) + months;
    return daysFromCivil(index / 12, index % 12 + 1, 1);
}

// Python-edtf's "fuzzy" bounds: an uncertain or approximate date may be one unit of its
// precision off either way, a date both uncertain and approximate two units.
std::pair<std::int32_t, std::int32_t> padded(const PartialDate &date, int units)
{
    switch (date.precision()) {
    case DatePrecision::Year:
        return {daysFromCivil(date.year() - units, 1, 1), daysFromCivil(date.year() + units, 12, 31)};
    case DatePrecision::Month:
        return {monthStart(date.year(), date.month(), -units), monthStart(date.year(), date.month(), units + 1) - 1};
    case DatePrecision::Day:
        break;
    }
    return {date.firstDay() - units, date.lastDay() + units};
}

} // namespace

EdtfDate::EdtfDate(const PartialDate &exact)
    : m_earliest(exact.firstDay()), m_latest(exact.lastDay()), m_text(exact.toString())
{
}

std::optional<EdtfDate> EdtfDate::exactly(const std::optional<PartialDate> &date)
{
    return date ? std::optional<EdtfDate>(EdtfDate(*date)) : std::nullopt;
}

EdtfDate EdtfDate::open()
{
    EdtfDate date;
    date.m_form = Form::Open;
    date.m_earliest = DateInterval::Min;
    date.m_latest = DateInterval::Max;
    date.m_text = "..";
    return date;
}

std::optional<EdtfDate> EdtfDate::parse(std::string_view text)
{
    if (text == "..")
        return open();
    EdtfDate date;
    date.m_text = std::string(text);
    if (text.size() >= 2 && text.front() == '[' && text.back() == ']') {
        const std::string_view inner = text.substr(1, text.size() - 2);
        const auto dots = inner.find("..");
        if (dots == std::string_view::npos || inner == "..")
            return std::nullopt;
        const std::string_view low = inner.substr(0, dots);
        const std::string_view high = inner.substr(dots + 2);
        const auto first = low.empty() ? std::nullopt : PartialDate::parse(low);
        const auto last = high.empty() ? std::nullopt : PartialDate::parse(high);
        if ((!low.empty() && !first) || (!high.empty() && !last))
            return std::nullopt;
        date.m_form = Form::Range;
        date.m_earliest = first ? first->firstDay() : DateInterval::Min;
        date.m_latest = last ? last->lastDay() : DateInterval::Max;
        if (date.m_latest < date.m_earliest)
            return std::nullopt;
        return date;
    }
    std::string_view core = text;
    if (!core.empty()) {
        switch (core.back()) {
        case '?': date.m_qualifier = Qualifier::Uncertain; break;
        case '~': date.m_qualifier = Qualifier::Approximate; break;
        case '%': date.m_qualifier = Qualifier::Both; break;
        default: break;
        }
        if (date.m_qualifier != Qualifier::None)
            core.remove_suffix(1);
    }
    if (const auto exact = PartialDate::parse(core)) {
        const auto [first, last] = date.m_qualifier == Qualifier::None
                                       ? std::pair{exact->firstDay(), exact->lastDay()}
                                       : padded(*exact, date.m_qualifier == Qualifier::Both ? 2 : 1);
        date.m_earliest = first;
        date.m_latest = last;
        return date;
    }
    // Level 1 qualifies only specified dates; "201X~" is level 2.
    if (date.m_qualifier != Qualifier::None)
        return std::nullopt;
    const auto span = unspecifiedSpan(core);
    if (!span)
        return std::nullopt;
    date.m_unspecified = true;
    date.m_earliest = span->first;
    date.m_latest = span->second;
    return date;
}

const char *EdtfDate::syntaxHint()
{
    return "(YYYY, YYYY-MM or YYYY-MM-DD, optionally ending in ~ ? or %; 201X, 20XX, YYYY-XX, YYYY-MM-XX, "
           "YYYY-XX-XX; [A..], [..B] or [A..B]; \"..\" for an open end; a real calendar day, years 1-9999)";
}

bool EdtfDate::isCertain() const
{
    return m_form == Form::Open || (m_form == Form::Date && m_qualifier == Qualifier::None && !m_unspecified);
}

std::optional<PartialDate> EdtfDate::exact() const
{
    if (m_form != Form::Date || m_qualifier != Qualifier::None || m_unspecified)
        return std::nullopt;
    return PartialDate::parse(m_text);
}

std::optional<int> EdtfDate::earliestYear() const
{
    if (m_earliest == DateInterval::Min)
        return std::nullopt;
    return yearOfDay(m_earliest);
}

std::optional<int> EdtfDate::latestYear() const
{
    if (m_latest == DateInterval::Max)
        return std::nullopt;
    return yearOfDay(m_latest);
}

} // namespace tiescope
