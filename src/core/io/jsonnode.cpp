// SPDX-License-Identifier: MIT
#include "io/jsonnode.h"

#include <cmath>

#include <nlohmann/json.hpp>

#include "io/datasetvalidator.h"
#include "model/inputerror.h"

namespace tiescope {

void JsonNode::fail(const std::string &problem) const
{
    throw InputError(m_file, (m_path.empty() ? std::string("top level") : m_path) + ": " + problem);
}

bool JsonNode::isNull() const
{
    return m_value.is_null();
}

bool JsonNode::has(const char *name) const
{
    return m_value.contains(name);
}

void JsonNode::expectObject(std::initializer_list<const char *> required, std::initializer_list<const char *> optional) const
{
    if (!m_value.is_object())
        fail("must be an object, found " + JsonText::typeName(m_value));
    for (const char *name : required) {
        if (!m_value.contains(name))
            fail(std::string("missing required field \"") + name + "\"");
    }
    for (const auto &item : m_value.items()) {
        // A named reference, not a structured binding: clang 14 (the fuzz preset) cannot capture those.
        const std::string &key = item.key();
        const auto known = [&key](std::initializer_list<const char *> names) {
            for (const char *name : names) {
                if (key == name)
                    return true;
            }
            return false;
        };
        if (!known(required) && !known(optional))
            fail("unknown field " + JsonText::quoted(key));
    }
}

JsonNode JsonNode::operator[](const char *name) const
{
    return JsonNode(m_value.at(name), m_path.empty() ? name : m_path + "." + name, m_file);
}

JsonNode JsonNode::member(const std::string &name) const
{
    return JsonNode(m_value.at(name), m_path + "[" + JsonText::quoted(name) + "]", m_file);
}

std::vector<JsonNode> JsonNode::items() const
{
    if (!m_value.is_array())
        fail("must be an array, found " + JsonText::typeName(m_value));
    std::vector<JsonNode> result;
    result.reserve(m_value.size());
    for (std::size_t i = 0; i < m_value.size(); ++i)
        result.emplace_back(m_value[i], m_path + "[" + std::to_string(i) + "]", m_file);
    return result;
}

std::string JsonNode::text() const
{
    if (!m_value.is_string())
        fail("must be a string, found " + JsonText::typeName(m_value));
    return m_value.get<std::string>();
}

std::string JsonNode::key() const
{
    std::string k = text();
    if (!DatasetValidator::isValidKey(k))
        fail(JsonText::quoted(k) + " is not a valid id (kebab-case: [a-z0-9][a-z0-9-]*)");
    return k;
}

bool JsonNode::boolean() const
{
    if (!m_value.is_boolean())
        fail("must be true or false, found " + JsonText::typeName(m_value));
    return m_value.get<bool>();
}

double JsonNode::number() const
{
    if (!m_value.is_number())
        fail("must be a number, found " + JsonText::typeName(m_value));
    const auto result = m_value.get<double>();
    if (!std::isfinite(result))
        fail("must be a finite number");
    return result;
}

template <typename Date>
std::optional<Date> JsonNode::parsedOrNull(const std::string &notADate) const
{
    if (isNull())
        return std::nullopt;
    const std::string t = text();
    auto date = Date::parse(t);
    if (!date)
        fail(JsonText::quoted(t) + notADate);
    return date;
}

std::optional<PartialDate> JsonNode::dateOrNull() const
{
    return parsedOrNull<PartialDate>(" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
}

std::optional<EdtfDate> JsonNode::edtfOrNull() const
{
    return parsedOrNull<EdtfDate>(std::string(" is not an EDTF date ") + EdtfDate::syntaxHint());
}

Grade JsonNode::grade() const
{
    const std::string t = text();
    const auto g = Grade::parse(t);
    if (!g)
        fail(JsonText::quoted(t) + " is not an Admiralty grade (A1..F6)");
    return *g;
}

Point JsonNode::point() const
{
    const auto xy = items();
    if (xy.size() != 2)
        fail("must be an array of two numbers [x, y]");
    return Point{xy[0].number(), xy[1].number()};
}

std::optional<std::set<std::string>> JsonNode::keySetOrNull() const
{
    if (isNull())
        return std::nullopt;
    const auto list = keys();
    return std::set<std::string>(list.begin(), list.end());
}

} // namespace tiescope
