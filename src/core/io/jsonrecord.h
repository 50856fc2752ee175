// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "io/problem.h"
#include "model/edtfdate.h"
#include "model/partialdate.h"

namespace tiescope {

// Reads the fields of one JSON object from a dataset file. Each getter reports what is wrong
// (missing, wrong type, out of its syntax) against the record and goes on, so one pass finds
// every problem; ok() tells whether the record can be used. Fields a format marks "or null"
// may also be left out. Over Json (dataset files) or nlohmann::ordered_json (the
// records of a change-set, read as they are made, without a conversion); unknown fields are
// reported in the order of their names in both.
template <typename Json>
class BasicJsonRecord final
{
public:
    // `object` must outlive the record; a non-object is reported at once.
    BasicJsonRecord(const Json &object, std::string file, std::string record, std::vector<Problem> &problems);

    [[nodiscard]] bool isObject() const { return m_object != nullptr; }
    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const std::string &name() const { return m_record; }

    // Reports every field not in the list.
    void allowOnly(std::initializer_list<std::string_view> names);
    // Names the record after its id once it is known: `tie "x"` instead of `tie #3`.
    void rename(std::string record) { m_record = std::move(record); }

    [[nodiscard]] std::string text(std::string_view field);             // required string
    [[nodiscard]] std::optional<std::string> reference(std::string_view field); // required string, nullopt if bad
    [[nodiscard]] std::string optionalText(std::string_view field);     // string, null or absent: ""
    [[nodiscard]] bool boolean(std::string_view field);                 // required
    [[nodiscard]] double number(std::string_view field);                // required
    [[nodiscard]] std::optional<double> optionalNumber(std::string_view field); // number, null or absent
    [[nodiscard]] std::optional<std::int64_t> integer(std::string_view field);  // required
    [[nodiscard]] std::optional<PartialDate> optionalDate(std::string_view field);
    // An EDTF date (docs/data-model.md, "Dates") or null.
    [[nodiscard]] std::optional<EdtfDate> optionalEdtf(std::string_view field);
    [[nodiscard]] std::vector<std::string> textList(std::string_view field); // array of strings, absent: {}
    // A required array; nullptr (reported) when missing or not an array.
    [[nodiscard]] const Json *array(std::string_view field);
    [[nodiscard]] const Json *optionalArray(std::string_view field);

    // Reports a problem with this record and marks it unusable.
    void problem(const std::string &message);
    // Reports a problem that does not stop the record from being used (the validator's kind).
    void note(const std::string &message);

private:
    const Json *field(std::string_view name, bool required);
    void wrongType(std::string_view field, const Json &value, const char *expected);
    // A date field read with Date::parse (PartialDate or EdtfDate): null or absent is nullopt.
    template <typename Date>
    std::optional<Date> optionalParsed(std::string_view field, const char *expected, const std::string &notADate);

    const Json *m_object;
    std::string m_file;
    std::string m_record;
    std::vector<Problem> &m_problems;
    bool m_ok = true;
};

using JsonRecord = BasicJsonRecord<nlohmann::json>;
using OrderedJsonRecord = BasicJsonRecord<nlohmann::ordered_json>;
extern template class BasicJsonRecord<nlohmann::json>;
extern template class BasicJsonRecord<nlohmann::ordered_json>;

} // namespace tiescope
