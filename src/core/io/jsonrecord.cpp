// SPDX-License-Identifier: MIT
#include "io/jsonrecord.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "io/jsontext.h"

namespace tiescope {

using nlohmann::json;

JsonRecord::JsonRecord(const json &object, std::string file, std::string record, std::vector<Problem> &problems)
    : m_object(object.is_object() ? &object : nullptr), m_file(std::move(file)), m_record(std::move(record)),
      m_problems(problems)
{
    if (!m_object)
        problem("must be an object, found " + JsonText::typeName(object));
}

void JsonRecord::allowOnly(std::initializer_list<std::string_view> names)
{
    if (!m_object)
        return;
    for (const auto &[key, value] : m_object->items()) {
        if (std::find(names.begin(), names.end(), key) == names.end())
            note("unknown field " + JsonText::quoted(key));
    }
}

void JsonRecord::problem(const std::string &message)
{
    note(message);
    m_ok = false;
}

void JsonRecord::note(const std::string &message)
{
    m_problems.push_back(Problem{m_file, m_record, message});
}

const json *JsonRecord::field(std::string_view name, bool required)
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

void JsonRecord::wrongType(std::string_view field, const json &value, const char *expected)
{
    problem("field \"" + std::string(field) + "\" must be " + expected + ", found " + JsonText::typeName(value));
}

std::string JsonRecord::text(std::string_view name)
{
    return reference(name).value_or(std::string{});
}

std::optional<std::string> JsonRecord::reference(std::string_view name)
{
    const json *value = field(name, true);
    if (!value)
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(name, *value, "a string");
        return std::nullopt;
    }
    return value->get<std::string>();
}

std::string JsonRecord::optionalText(std::string_view name)
{
    const json *value = field(name, false);
    if (!value || value->is_null())
        return {};
    if (!value->is_string()) {
        wrongType(name, *value, "a string or null");
        return {};
    }
    return value->get<std::string>();
}

bool JsonRecord::boolean(std::string_view name)
{
    const json *value = field(name, true);
    if (!value)
        return false;
    if (!value->is_boolean()) {
        wrongType(name, *value, "true or false");
        return false;
    }
    return value->get<bool>();
}

double JsonRecord::number(std::string_view name)
{
    const json *value = field(name, true);
    if (!value)
        return 0.0;
    if (!value->is_number()) {
        wrongType(name, *value, "a number");
        return 0.0;
    }
    return value->get<double>();
}

std::optional<double> JsonRecord::optionalNumber(std::string_view name)
{
    const json *value = field(name, false);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_number()) {
        wrongType(name, *value, "a number or null");
        return std::nullopt;
    }
    return value->get<double>();
}

std::optional<std::int64_t> JsonRecord::integer(std::string_view name)
{
    const json *value = field(name, true);
    if (!value)
        return std::nullopt;
    if (value->is_number_unsigned()) {
        const auto unsignedValue = value->get<std::uint64_t>();
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
    return value->get<std::int64_t>();
}

template <typename Date>
std::optional<Date> JsonRecord::optionalParsed(std::string_view name, const char *expected, const std::string &notADate)
{
    const json *value = field(name, false);
    if (!value || value->is_null())
        return std::nullopt;
    if (!value->is_string()) {
        wrongType(name, *value, expected);
        return std::nullopt;
    }
    const auto &text = value->get_ref<const std::string &>();
    auto date = Date::parse(text);
    if (!date)
        problem("field \"" + std::string(name) + "\": " + JsonText::quoted(text) + notADate);
    return date;
}

std::optional<PartialDate> JsonRecord::optionalDate(std::string_view name)
{
    return optionalParsed<PartialDate>(name, "a date string (YYYY, YYYY-MM or YYYY-MM-DD) or null",
                                       " is not a date (YYYY, YYYY-MM or YYYY-MM-DD, a real calendar day, years 1-9999)");
}

std::optional<EdtfDate> JsonRecord::optionalEdtf(std::string_view name)
{
    return optionalParsed<EdtfDate>(name, "an EDTF date string (2014, 2014-06~, 201X, [2014..], \"..\") or null",
                                    std::string(" is not an EDTF date ") + EdtfDate::syntaxHint());
}

std::vector<std::string> JsonRecord::textList(std::string_view name)
{
    const json *value = optionalArray(name);
    std::vector<std::string> result;
    if (!value)
        return result;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json &item = (*value)[i];
        if (!item.is_string()) {
            problem("field \"" + std::string(name) + "\" item " + std::to_string(i + 1) + " must be a string, found " +
                    JsonText::typeName(item));
            continue;
        }
        result.push_back(item.get<std::string>());
    }
    return result;
}

const json *JsonRecord::array(std::string_view name)
{
    const json *value = field(name, true);
    if (value && !value->is_array()) {
        wrongType(name, *value, "an array");
        return nullptr;
    }
    return value;
}

const json *JsonRecord::optionalArray(std::string_view name)
{
    const json *value = field(name, false);
    if (!value || value->is_null())
        return nullptr;
    if (!value->is_array()) {
        wrongType(name, *value, "an array");
        return nullptr;
    }
    return value;
}

} // namespace tiescope
