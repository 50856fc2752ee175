// SPDX-License-Identifier: MIT
#include "interchange/importdates.h"

#include <charconv>
#include <vector>

#include "interchange/importtext.h"
#include "model/edtfdate.h"
#include "model/partialdate.h"

namespace tiescope {

namespace {

// "21.06.2014" with separator '.' -> {21, 6, 2014}; empty when a part is not a number.
std::vector<int> parts(std::string_view text, char separator)
{
    std::vector<int> numbers;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find(separator, start), text.size());
        const std::string_view part = text.substr(start, end - start);
        int value = 0;
        const auto [ptr, error] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || part.size() > 4 || error != std::errc() || ptr != part.data() + part.size())
            return {};
        numbers.push_back(value);
        start = end + 1;
    }
    return numbers;
}

} // namespace

ImportDates::Result ImportDates::toEdtf(std::string_view cell, ImportSpec::DateFormat format)
{
    const std::string_view text = ImportText::trimmed(cell);
    if (text.empty())
        return {};
    std::optional<std::string> edtf;
    std::string expected;
    switch (format) {
    case ImportSpec::DateFormat::Edtf:
        edtf = std::string(text);
        expected = EdtfDate::syntaxHint();
        break;
    case ImportSpec::DateFormat::Year: {
        const std::vector<int> year = parts(text, '\0');
        if (year.size() == 1)
            if (const auto date = PartialDate::fromParts(year[0]))
                edtf = date->toString();
        expected = "a year (YYYY)";
        break;
    }
    case ImportSpec::DateFormat::DayMonthYear:
    case ImportSpec::DateFormat::MonthDayYear: {
        const bool dayFirst = format == ImportSpec::DateFormat::DayMonthYear;
        const std::vector<int> numbers = parts(text, dayFirst ? '.' : '/');
        expected = dayFirst ? "DD.MM.YYYY (or MM.YYYY, YYYY)" : "MM/DD/YYYY (or MM/YYYY, YYYY)";
        std::optional<PartialDate> date;
        if (numbers.size() == 3)
            date = dayFirst ? PartialDate::fromParts(numbers[2], numbers[1], numbers[0])
                            : PartialDate::fromParts(numbers[2], numbers[0], numbers[1]);
        else if (numbers.size() == 2)
            date = PartialDate::fromParts(numbers[1], numbers[0]);
        else if (numbers.size() == 1)
            date = PartialDate::fromParts(numbers[0]);
        if (date)
            edtf = date->toString();
        break;
    }
    }
    if (!edtf || !EdtfDate::parse(*edtf))
        return {std::nullopt, "\"" + std::string(text) + "\" is not a date of the form " + expected};
    return {edtf, {}};
}

} // namespace tiescope
