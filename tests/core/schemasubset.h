// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tiescope::fixtures {

// Checks a JSON value against a JSON Schema (draft 2020-12) using only the keywords the
// snapshot schema needs: type, const, enum, required, properties, additionalProperties,
// propertyNames, items, minItems, maxItems, uniqueItems, minimum, maximum, exclusiveMinimum,
// pattern, anyOf, not, if/then/else and local $ref. Any other keyword is reported as an
// error so the schema cannot quietly use something this check ignores.
class SchemaSubset final
{
public:
    explicit SchemaSubset(nlohmann::json root) : m_root(std::move(root)) {}

    // Every violation, "path: what"; empty when the value conforms.
    [[nodiscard]] std::vector<std::string> check(const nlohmann::json &value) const
    {
        std::vector<std::string> errors;
        visit(m_root, value, "$", errors);
        return errors;
    }

private:
    static bool hasType(const nlohmann::json &value, const std::string &type)
    {
        if (type == "object")
            return value.is_object();
        if (type == "array")
            return value.is_array();
        if (type == "string")
            return value.is_string();
        if (type == "boolean")
            return value.is_boolean();
        if (type == "null")
            return value.is_null();
        if (type == "integer")
            return value.is_number_integer() ||
                   (value.is_number_float() && std::floor(value.get<double>()) == value.get<double>());
        if (type == "number")
            return value.is_number();
        return false;
    }

    const nlohmann::json &resolve(const std::string &ref) const
    {
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) != 0)
            throw std::runtime_error("unsupported $ref " + ref);
        return m_root.at("$defs").at(ref.substr(prefix.size()));
    }

    void visit(const nlohmann::json &schema, const nlohmann::json &value, const std::string &path,
               std::vector<std::string> &errors) const
    {
        static const std::set<std::string> annotations{"$schema", "$id", "$defs", "$comment", "title", "description"};
        static const std::set<std::string> supported{
            "type", "const", "enum", "required", "properties", "additionalProperties", "propertyNames", "items",
            "minItems", "maxItems", "uniqueItems", "minimum", "maximum", "exclusiveMinimum", "pattern", "anyOf", "not",
            "if", "then", "else", "$ref"};
        for (const auto &[keyword, ignored] : schema.items()) {
            if (!annotations.count(keyword) && !supported.count(keyword))
                errors.push_back("schema uses unsupported keyword " + keyword);
        }
        const auto fail = [&](const std::string &what) { errors.push_back(path + ": " + what); };

        if (schema.contains("$ref"))
            visit(resolve(schema.at("$ref").get<std::string>()), value, path, errors);
        if (schema.contains("type")) {
            const auto &type = schema.at("type");
            bool ok = false;
            if (type.is_string())
                ok = hasType(value, type.get<std::string>());
            else
                for (const auto &t : type)
                    ok = ok || hasType(value, t.get<std::string>());
            if (!ok)
                fail("wrong type, expected " + type.dump());
        }
        if (schema.contains("const") && value != schema.at("const"))
            fail("must be " + schema.at("const").dump());
        if (schema.contains("enum")) {
            bool found = false;
            for (const auto &option : schema.at("enum"))
                found = found || option == value;
            if (!found)
                fail("not one of " + schema.at("enum").dump());
        }
        if (value.is_object()) {
            for (const auto &name : schema.value("required", nlohmann::json::array()))
                if (!value.contains(name.get<std::string>()))
                    fail("missing " + name.get<std::string>());
            const auto properties = schema.value("properties", nlohmann::json::object());
            for (const auto &[key, item] : value.items()) {
                if (schema.contains("propertyNames"))
                    visit(schema.at("propertyNames"), nlohmann::json(key), path + ".<name " + key + ">", errors);
                if (properties.contains(key)) {
                    visit(properties.at(key), item, path + "." + key, errors);
                } else if (schema.contains("additionalProperties")) {
                    const auto &extra = schema.at("additionalProperties");
                    if (extra.is_boolean() && !extra.get<bool>())
                        fail("unexpected field " + key);
                    else if (extra.is_object())
                        visit(extra, item, path + "." + key, errors);
                }
            }
        }
        if (value.is_array()) {
            if (schema.contains("items"))
                for (std::size_t i = 0; i < value.size(); ++i)
                    visit(schema.at("items"), value[i], path + "[" + std::to_string(i) + "]", errors);
            if (schema.contains("minItems") && value.size() < schema.at("minItems").get<std::size_t>())
                fail("too few items");
            if (schema.contains("maxItems") && value.size() > schema.at("maxItems").get<std::size_t>())
                fail("too many items");
            if (schema.value("uniqueItems", false)) {
                std::set<std::string> seen;
                for (const auto &item : value)
                    if (!seen.insert(item.dump()).second)
                        fail("duplicate item " + item.dump());
            }
        }
        if (value.is_number()) {
            const double number = value.get<double>();
            if (schema.contains("minimum") && number < schema.at("minimum").get<double>())
                fail("below minimum");
            if (schema.contains("maximum") && number > schema.at("maximum").get<double>())
                fail("above maximum");
            if (schema.contains("exclusiveMinimum") && number <= schema.at("exclusiveMinimum").get<double>())
                fail("not above exclusiveMinimum");
        }
        if (value.is_string() && schema.contains("pattern") &&
            !std::regex_search(value.get<std::string>(), std::regex(schema.at("pattern").get<std::string>())))
            fail("does not match " + schema.at("pattern").get<std::string>());
        if (schema.contains("anyOf")) {
            bool any = false;
            for (const auto &option : schema.at("anyOf")) {
                std::vector<std::string> sub;
                visit(option, value, path, sub);
                any = any || sub.empty();
            }
            if (!any)
                fail("matches none of anyOf");
        }
        if (schema.contains("not")) {
            std::vector<std::string> sub;
            visit(schema.at("not"), value, path, sub);
            if (sub.empty())
                fail("matches a schema it must not");
        }
        if (schema.contains("if")) {
            std::vector<std::string> sub;
            visit(schema.at("if"), value, path, sub);
            const char *branch = sub.empty() ? "then" : "else";
            if (schema.contains(branch))
                visit(schema.at(branch), value, path, errors);
        }
    }

    nlohmann::json m_root;
};

} // namespace tiescope::fixtures
