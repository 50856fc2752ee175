// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tiescope {

// Which end of a tie depends on the other, as fixed by the tie's relation type.
enum class Dependence : std::uint8_t {
    None,   // no dependency (e.g. criticises)
    From,   // the "from" entity depends on the "to" entity (a buyer on what it procures)
    To,     // the "to" entity depends on the "from" entity (an owned company on its owner)
    Mutual, // both depend on each other
};

[[nodiscard]] std::string_view toString(Dependence dependence);
[[nodiscard]] std::optional<Dependence> parseDependence(std::string_view text);

} // namespace tiescope
