// SPDX-License-Identifier: MIT
#include "io/jsonrecord.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "io/jsontext.h"

namespace tiescope {

template <typename Json>
BasicJsonRecord<Json>::BasicJsonRecord(const Json &object, std::string file, std::string record, std::vector<Problem> &problems)
    : m_object(object.is_object() ? &object : nullptr), m_file(std::move(file)), m_record(std::move(record)),
      m_problems(problems)
{
    if (!m_object)
        problem("must be an object, found " + JsonText::typeName(object));
}

template <typename Json>
void BasicJsonRecord<Json>::allowOnly(std::initializer_list<std::string_view> names)
{
    if (!m_object)
        return;
    std::vector<std::string> unknown;
    for (const auto &[key, value] : m_object->items()) {
        if (std::find(names.begin(), names.end(), key) == names.end())
            unknown.push_back(key);
    }
    std::sort(unknown.begin(), unknown.end()); // an ordered_json's own order is the writer's
    for (const std::string &key : unknown)
        note("unknown field " + JsonText::quoted(key));
}

template <typename Json>
void BasicJsonRecord<Json>::problem(const std::string &message)
{
    note(message);
    m_ok = false;
}

template <typename Json>
void BasicJsonRecord<Json>::note(const std::string &message)
{
    m_problems.push_back(Problem{m_file, m_record, message});
}

template <typename Json>
const Json *BasicJsonRecord<Json>::field(std::string_view name, bool required)
{
    if (!m_object)
        return nullptr;
    const auto it = m_object->find(name);
    if (it == m_object->end()) {
        if (required)
            problem("missing required field \"" + std::string(name) + "\"");
        return nullptr;
    }
    return &*it;
}

template <typename Json>
void BasicJsonRecord<Json>::wrongType(std::string_view field, const Json &value, const char *expected)
{
    problem("field \"" + std::string(field) + "\" must be " + expected + ", found " + JsonText::typeName(value));
}

template <typename Json>
std::string BasicJsonRecord<Json>::text(std::string_view name)
{
    return reference(name).value_or(std::string{});
}

template <typename Json>
std::optional<std::string> BasicJsonRecord<Json>::reference(std::string_view name)
{
    const Json *value = field(name, true);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(name, *value, "a string");
        return std::nullopt;
    }
    return value->template get<std::string>();
}

template <typename Json>
std::string BasicJsonRecord<Json>::optionalText(std::string_view name)
{
    const Json *value = field(name, false);
    if (!value || value->is_null())
        return {};
    if (!value->is_string()) {
        wrongType(name, *value, "a string or null");
        return {};
    }
    return value->template get<std::string>();
}

template <typename Json>
bool BasicJsonRecord<Json>::boolean(std::string_view name)
{
    const Json *value = field(name, true);
    if (!value)
        return false;
    if (!value->is_boolean()) {
        wrongType(name, *value, "true or false");
        return false;
    }
    return value->template get<bool>();
}

template <typename Json>
double BasicJsonRecord<Json>::number(std::string_view name)
{
    const Json *value = field(name, true);
    if (!value)
        return 0.0;
    if (!value->is_number()) {
        wrongType(name, *value, "a number");
        return 0.0;
    }
    return value->template get<double>();
}

template <typename Json>
std::optional<double> BasicJsonRecord<Json>::optionalNumber(std::string_view name)
{
    const Json *value = field(name, false);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_number()) {
        wrongType(name, *value, "a number or null");
        return std::nullopt;
    }
    return value->template get<double>();
}

template <typename Json>
std::optional<std::int64_t> BasicJsonRecord<Json>::integer(std::string_view name)
{
    const Json *value = field(name, true);
    if (!value)
        return std::nullopt;
    if (value->is_number_unsigned()) {
        const auto unsignedValue = value->template get<std::uint64_t>();
        if (unsignedValue <= static_cast<std::uint64_t>(INT64_MAX))
            return static_cast<std::int64_t>(unsignedValue);
        problem("field \"" + std::string(name) + "\" is out of range: " + JsonText::value(*value));
        return std::nullopt;
    }
    if (value->is_number_float()) {
        problem("field \"" + std::string(name) + "\" must be a whole number, found " + JsonText::value(*value));
        return std::nullopt;
    }
    if (!value->is_number_integer()) {
        wrongType(name, *value, "a whole number");
        return std::nullopt;
    }
    return value->template get<std::int64_t>();
}

template <typename Json>
template <typename Date>
std::optional<Date> BasicJsonRecord<Json>::optionalParsed(std::string_view name, const char *expected, const std::string &notADate)
{
    const Json *value = field(name, false);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(name, *value, expected);
        return std::nullopt;
    }
    const auto &text = value->template get_ref<const std::string &>();
    auto date = Date::parse(text);
    if (!date)
        problem("field \"" + std::string(name) + "\": " + JsonText::quoted(text) + notADate);
    return date;
}

template <typename Json>
std::optional<PartialDate> BasicJsonRecord<Json>::optionalDate(std::string_view name)
{
    return optionalParsed<PartialDate>(name, "a date string (YYYY, YYYY-MM or YYYY-MM-DD) or null",
                                       " is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day, years 1-9999)");
}

template <typename Json>
std::optional<EdtfDate> BasicJsonRecord<Json>::optionalEdtf(std::string_view name)
{
    return optionalParsed<EdtfDate>(name, "an EDTF date string (2014, 2014-06~, 201X, [2014..], \"..\") or null",
                                    std::string(" is not an EDTF date ") + EdtfDate::syntaxHint());
}

template <typename Json>
std::vector<std::string> BasicJsonRecord<Json>::textList(std::string_view name)
{
    const Json *value = optionalArray(name);
    std::vector<std::string> result;
    if (!value)
        return result;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const Json &item = (*value)[i];
        if (!item.is_string()) {
            problem("field \"" + std::string(name) + "\" item " + std::to_string(i + 1) + " must be a string, found " +
                    JsonText::typeName(item));
            continue;
        }
        result.push_back(item.template get<std::string>());
    }
    return result;
}

template <typename Json>
const Json *BasicJsonRecord<Json>::array(std::string_view name)
{
    const Json *value = field(name, true);
    if (value && !value->is_array()) {
        wrongType(name, *value, "an array");
        return nullptr;
    }
    return value;
}

template <typename Json>
const Json *BasicJsonRecord<Json>::optionalArray(std::string_view name)
{
    const Json *value = field(name, false);
    if (!value || value->is_null())
        return nullptr;
    if (!value->is_array()) {
        wrongType(name, *value, "an array");
        return nullptr;
    }
    return value;
}

template class BasicJsonRecord<nlohmann::json>;
template class BasicJsonRecord<nlohmann::ordered_json>;

} // namespace tiescope
