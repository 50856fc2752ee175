// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <type_traits>
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
        // Text that provably nests no deeper goes to nlohmann's plain parser, several times as
        // fast as the one with a callback per value; the result and any error are the same.
        if constexpr (std::is_convertible_v<const Input &, std::string_view>) {
            if (nestsWithin(std::string_view(input), MaxDepth))
                return Json::parse(std::forward<Input>(input), nullptr, allowExceptions);
        }
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

    // Whether no more than `depth` arrays and objects are ever open at once in `text`, counting
    // the brackets outside strings (as nlohmann's lexer sees them, up to any syntax error).
    [[nodiscard]] static bool nestsWithin(std::string_view text, int depth)
    {
        int open = 0;
        bool inString = false;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const char c = text[i];
            if (inString) {
                if (c == '\\')
                    ++i;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++open > depth)
                    return false;
            } else if (c == ']' || c == '}') {
                --open;
            }
        }
        return true;
    }

private:
    static constexpr int TooDeep = 199; // nlohmann's own parse errors are 101..115
};

} // namespace tiescope
