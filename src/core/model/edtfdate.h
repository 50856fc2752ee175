// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "model/partialdate.h"

namespace tiescope {

// One date in the Extended Date/Time Format (Library of Congress EDTF, ISO 8601-2), as a
// source gives it: an exact partial date (2014, 2014-06, 2014-06-01), qualified (2014~
// approximate, 2014? uncertain, 2014% both), with unspecified digits (201X, 2014-XX,
// 2014-06-XX, 2014-XX-XX), a bound written as a level-2 one-of range ([2014..] not
// before 2014, [..2021] by 2021, [1914..1918] between them), or the open end "..".
// docs/data-model.md ("Dates") says exactly which days each form may mean.
class EdtfDate final
{
public:
    enum class Form : std::uint8_t { Date, Range, Open };
    enum class Qualifier : std::uint8_t { None, Uncertain, Approximate, Both };

    EdtfDate() = default;
    explicit EdtfDate(const PartialDate &exact);

    [[nodiscard]] static std::optional<EdtfDate> parse(std::string_view text);
    [[nodiscard]] static EdtfDate open();
    [[nodiscard]] static std::optional<EdtfDate> exactly(const std::optional<PartialDate> &date);
    // The accepted forms, for error messages.
    [[nodiscard]] static const char *syntaxHint();

    [[nodiscard]] Form form() const { return m_form; }
    [[nodiscard]] Qualifier qualifier() const { return m_qualifier; }
    [[nodiscard]] bool isOpen() const { return m_form == Form::Open; }
    // The source names exactly this partial date (no qualifier, no X, not a range), or the
    // end is known to be open.
    [[nodiscard]] bool isCertain() const;
    // The date when it is exact.
    [[nodiscard]] std::optional<PartialDate> exact() const;

    // Days since 1970-01-01 of the first and last day the date may mean; an open side of a
    // range (and "..") reaches DateInterval::Min / Max.
    [[nodiscard]] std::int32_t earliestDay() const { return m_earliest; }
    [[nodiscard]] std::int32_t latestDay() const { return m_latest; }
    // The year of the earliest (latest) possible day, for bounded displays; empty when open.
    [[nodiscard]] std::optional<int> earliestYear() const;
    [[nodiscard]] std::optional<int> latestYear() const;

    [[nodiscard]] const std::string &toString() const { return m_text; }

    bool operator==(const EdtfDate &other) const { return m_text == other.m_text; }

private:
    Form m_form = Form::Date;
    Qualifier m_qualifier = Qualifier::None;
    bool m_unspecified = false;
    std::int32_t m_earliest = 0;
    std::int32_t m_latest = 364; // 1970-12-31
    std::string m_text = "1970";
};

} // namespace tiescope
