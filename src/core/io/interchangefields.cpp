// SPDX-License-Identifier: MIT
#include "io/interchangefields.h"

#include <charconv>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "model/dataset.h"
#include "model/partialdate.h"

namespace tiescope {

std::string InterchangeFields::joined(const std::vector<std::string> &items)
{
    std::string text;
    for (const std::string &item : items)
        text += (text.empty() ? "" : "|") + item;
    return text;
}

nlohmann::ordered_json InterchangeFields::citationList(const Dataset &data, const Tie &tie)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Citation &citation : tie.citations)
        list.push_back({{"source", data.source(citation.source).key},
                        {"locator", citation.locator},
                        {"grade", citation.grade.toString()}});
    return list;
}

std::string InterchangeFields::citations(const Dataset &data, const Tie &tie)
{
    return citationList(data, tie).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> InterchangeFields::sourceKeys(const Dataset &data, const Tie &tie)
{
    std::vector<std::string> keys;
    for (const Citation &citation : tie.citations)
        keys.push_back(data.source(citation.source).key);
    return keys;
}

std::string InterchangeFields::sources(const Dataset &data, const Tie &tie)
{
    return joined(sourceKeys(data, tie));
}

std::string InterchangeFields::number(double value)
{
    char text[32];
    const auto result = std::to_chars(text, text + sizeof text, value);
    return std::string(text, result.ptr);
}

std::string InterchangeFields::isoDay(std::int32_t day)
{
    const int year = yearOfDay(day);
    int month = 1;
    while (month < 12 && daysFromCivil(year, month + 1, 1) <= day)
        ++month;
    const int dayOfMonth = day - daysFromCivil(year, month, 1) + 1;
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, dayOfMonth);
    return text;
}

} // namespace tiescope
