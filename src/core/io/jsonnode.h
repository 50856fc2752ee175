// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "io/jsontext.h"
#include "layout/point.h"
#include "model/grade.h"
#include "model/edtfdate.h"
#include "model/partialdate.h"

namespace tiescope {

// A JSON value with its location ("ties[3].citations[0]") in a file; every accessor checks
// the type and throws an InputError naming the file and the location. The strict readers of
// snapshots use it, so every problem reads "FILE: where: what".
class JsonNode final
{
public:
    JsonNode(const nlohmann::json &value, std::string path, const std::string &file)
        : m_value(value), m_path(std::move(path)), m_file(file)
    {}

    [[noreturn]] void fail(const std::string &problem) const;

    [[nodiscard]] const nlohmann::json &value() const { return m_value; }
    [[nodiscard]] bool isNull() const;

    // An object with exactly `required` fields, plus any of `optional`.
    void expectObject(std::initializer_list<const char *> required,
                      std::initializer_list<const char *> optional = {}) const;
    [[nodiscard]] bool has(const char *name) const;
    [[nodiscard]] JsonNode operator[](const char *name) const;
    // A field of an object whose name is data, not format: quoted in the location.
    [[nodiscard]] JsonNode member(const std::string &name) const;
    [[nodiscard]] std::vector<JsonNode> items() const;

    [[nodiscard]] std::string text() const;
    [[nodiscard]] std::string textOrNull() const { return isNull() ? std::string() : text(); }
    [[nodiscard]] std::string key() const; // a dataset id (kebab-case)
    [[nodiscard]] bool boolean() const;
    [[nodiscard]] double number() const; // finite
    [[nodiscard]] std::optional<PartialDate> dateOrNull() const;
    [[nodiscard]] std::optional<EdtfDate> edtfOrNull() const;
    [[nodiscard]] Grade grade() const;
    [[nodiscard]] Point point() const; // [x, y]

    // A list of distinct ids; each must be in `known` (a type with require(node, key)) when given.
    template <typename Known = std::nullptr_t>
    [[nodiscard]] std::vector<std::string> keys(const Known &known = nullptr) const
    {
        std::vector<std::string> result;
        std::set<std::string> seen;
        for (const JsonNode &item : items()) {
            std::string k = item.key();
            if (!seen.insert(k).second)
                item.fail("duplicate " + JsonText::quoted(k));
            if constexpr (!std::is_same_v<Known, std::nullptr_t>)
                known.require(item, k);
            result.push_back(std::move(k));
        }
        return result;
    }
    [[nodiscard]] std::optional<std::set<std::string>> keySetOrNull() const;

private:
    template <typename Date>
    std::optional<Date> parsedOrNull(const std::string &notADate) const;

    const nlohmann::json &m_value;
    std::string m_path;
    const std::string &m_file;
};

} // namespace tiescope
