// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

namespace tiescope {

enum class TieStatus : std::uint8_t { Confirmed, Alleged, Planned, Ended };

inline constexpr std::array<TieStatus, 4> AllTieStatuses{TieStatus::Confirmed, TieStatus::Alleged,
                                                         TieStatus::Planned, TieStatus::Ended};

[[nodiscard]] std::string_view toString(TieStatus status);
[[nodiscard]] std::optional<TieStatus> parseTieStatus(std::string_view text);

} // namespace tiescope
