// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace tiescope {

class Dataset;
struct Citation;

// The scalar values the GraphML and GEXF exports give each record (docs/interchange.md), so
// both write a tie's citations, lists and dates the same way.
class InterchangeFields final
{
public:
    // Items joined with "|" (GraphML and GEXF carry scalars only).
    [[nodiscard]] static std::string joined(const std::vector<std::string> &items);
    // A tie's or an entity's citations as a JSON array of {source, locator, grade} and the quote
    // when there is one: lossless for a round trip.
    [[nodiscard]] static nlohmann::ordered_json citationList(const Dataset &data, const std::vector<Citation> &list);
    // The same as compact JSON text.
    [[nodiscard]] static std::string citations(const Dataset &data, const std::vector<Citation> &list);
    // The keys of the sources cited, in citation order; joined with "|".
    [[nodiscard]] static std::vector<std::string> sourceKeys(const Dataset &data, const std::vector<Citation> &list);
    [[nodiscard]] static std::string sources(const Dataset &data, const std::vector<Citation> &list);
    // The shortest text that reads back as the same double ("0.3", "-2.25").
    [[nodiscard]] static std::string number(double value);
    // "YYYY-MM-DD" of a day since 1970-01-01.
    [[nodiscard]] static std::string isoDay(std::int32_t day);
};

} // namespace tiescope
