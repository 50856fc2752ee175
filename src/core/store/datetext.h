// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

namespace tiescope {

// A date column's text: a PartialDate or an EDTF date as written, NULL when there is none.
template <typename Date>
[[nodiscard]] std::optional<std::string> dateText(const std::optional<Date> &date)
{
    return date ? std::optional<std::string>(date->toString()) : std::nullopt;
}

} // namespace tiescope
