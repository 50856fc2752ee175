// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include "model/strongid.h"

namespace tiescope {

// What the analyst has selected on the canvas: nothing, one entity or one tie.
struct GraphSelection final
{
    enum class Kind : std::uint8_t { None, Entity, Tie };

    Kind kind = Kind::None;
    std::uint32_t index = 0;

    [[nodiscard]] static GraphSelection entity(EntityId id) { return {Kind::Entity, id.value()}; }
    [[nodiscard]] static GraphSelection tie(TieId id) { return {Kind::Tie, id.value()}; }
    [[nodiscard]] bool isEntity() const { return kind == Kind::Entity; }
    [[nodiscard]] bool isTie() const { return kind == Kind::Tie; }
    [[nodiscard]] bool isNone() const { return kind == Kind::None; }
    [[nodiscard]] EntityId entityId() const { return EntityId(index); }
    [[nodiscard]] TieId tieId() const { return TieId(index); }
    bool operator==(const GraphSelection &) const = default;
};

} // namespace tiescope
