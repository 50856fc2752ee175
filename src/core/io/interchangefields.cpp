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

nlohmann::ordered_json InterchangeFields::citationList(const Dataset &data, const std::vector<Citation> &list)
{
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    for (const Citation &citation : list) {
        nlohmann::ordered_json item = {{"source", data.source(citation.source).key},
                                       {"locator", citation.locator},
                                       {"grade", citation.grade.toString()}};
        if (!citation.quote.empty())
            item["quote"] = citation.quote;
        items.push_back(std::move(item));
    }
    return items;
}

std::string InterchangeFields::citations(const Dataset &data, const std::vector<Citation> &list)
{
    return citationList(data, list).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> InterchangeFields::sourceKeys(const Dataset &data, const std::vector<Citation> &list)
{
    std::vector<std::string> keys;
    for (const Citation &citation : list)
        keys.push_back(data.source(citation.source).key);
    return keys;
}

std::string InterchangeFields::sources(const Dataset &data, const std::vector<Citation> &list)
{
    return joined(sourceKeys(data, list));
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
