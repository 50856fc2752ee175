// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tiescope {

// What happens to an entity left without a visible tie: drawn faded, hidden by the filter, or
// shown like any other. One value, so the window, snapshots, settings and the CLI agree.
enum class IsolatedEntities : std::uint8_t
{
    Fade,
    Hide,
    Show
};

inline constexpr std::array<IsolatedEntities, 3> AllIsolatedEntities{IsolatedEntities::Fade, IsolatedEntities::Hide,
                                                                     IsolatedEntities::Show};

// "fade", "hide", "show".
[[nodiscard]] std::string_view toString(IsolatedEntities isolated);
[[nodiscard]] std::optional<IsolatedEntities> parseIsolatedEntities(std::string_view text);

} // namespace tiescope
