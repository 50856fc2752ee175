// SPDX-License-Identifier: MIT
#include "io/jsontext.h"

#include <nlohmann/json.hpp>

namespace tiescope {

namespace {

std::string cut(std::string text)
{
    if (text.size() <= JsonText::MaxLength)
        return text;
    // Step back to a UTF-8 boundary so the cut never splits a character.
    std::size_t end = JsonText::MaxLength;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        --end;
    text.resize(end);
    return text + "...";
}

} // namespace

std::string JsonText::quoted(std::string_view text)
{
    const nlohmann::json value(std::string{text});
    return cut(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string JsonText::value(const nlohmann::json &value)
{
    return cut(value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

std::string JsonText::typeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::object:
        return "an object";
    case nlohmann::json::value_t::array:
        return "an array";
    case nlohmann::json::value_t::string:
        return "a string";
    case nlohmann::json::value_t::boolean:
        return "a boolean";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
        break;
    }
    return "an unsupported value";
}

// Only on the way to an error message: the conversion costs nothing otherwise, and an object
// prints in the same (sorted) order either way.
std::string JsonText::value(const nlohmann::ordered_json &value)
{
    return JsonText::value(nlohmann::json(value));
}

std::string JsonText::typeName(const nlohmann::ordered_json &value)
{
    return typeName(nlohmann::json(value));
}

std::string JsonText::parseError(const std::exception &error)
{
    std::string text = error.what();
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find("] ");
        if (close != std::string::npos)
            text.erase(0, close + 2);
    }
    // "last read: '...'" may quote raw bytes of the file; keep the line printable.
    for (char &c : text) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            c = '?';
    }
    return text;
}

} // namespace tiescope
