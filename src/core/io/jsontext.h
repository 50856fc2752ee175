// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace tiescope {

// Turns untrusted text and JSON values into something safe to print on one line: quoted,
// control characters escaped, invalid UTF-8 replaced, long values cut.
class JsonText final
{
public:
    static constexpr std::size_t MaxLength = 60;

    [[nodiscard]] static std::string quoted(std::string_view text);
    [[nodiscard]] static std::string value(const nlohmann::json &value);
    [[nodiscard]] static std::string value(const nlohmann::ordered_json &value);
    // The name of a JSON value's type as a person says it: "a string", "an array", ...
    [[nodiscard]] static std::string typeName(const nlohmann::json &value);
    [[nodiscard]] static std::string typeName(const nlohmann::ordered_json &value);
    // nlohmann's parse_error text without its "[json.exception...]" prefix.
    [[nodiscard]] static std::string parseError(const std::exception &error);
};

} // namespace tiescope
