// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>

#include <nlohmann/json.hpp>

namespace tiescope {

// Parses JSON that comes from outside (datasets, snapshots, import specs, a store's audit rows)
// with its nesting bounded. nlohmann's parser itself keeps no recursion, but printing, comparing
// and walking a value do: a file of a million '[' would overflow the stack there. No TieScope
// file nests beyond a handful of levels; deeper is a parse error like any other, whose text
// (after JsonText::parseError) says so.
class BoundedJson final
{
public:
    static constexpr int MaxDepth = 100;

    // Json is nlohmann::json or nlohmann::ordered_json; input anything their parse() takes.
    // Throws Json::parse_error (also for too deep), or returns a discarded value when
    // allowExceptions is false.
    template <typename Json, typename Input>
    [[nodiscard]] static Json parse(Input &&input, bool allowExceptions = true)
    {
        try {
            return Json::parse(std::forward<Input>(input), [](int depth, typename Json::parse_event_t event, Json &) {
                const bool opens =
                    event == Json::parse_event_t::object_start || event == Json::parse_event_t::array_start;
                // depth counts the arrays and objects around the one opening
                if (opens && depth >= MaxDepth)
                    throw Json::parse_error::create(
                        TooDeep, 0, "nested deeper than " + std::to_string(MaxDepth) + " levels", nullptr);
                return true;
            });
        } catch (const typename Json::parse_error &) {
            if (allowExceptions)
                throw;
            return Json(Json::value_t::discarded);
        }
    }

private:
    static constexpr int TooDeep = 199; // nlohmann's own parse errors are 101..115
};

} // namespace tiescope
