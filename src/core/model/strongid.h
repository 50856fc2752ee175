// SPDX-License-Identifier: MIT
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>

namespace tiescope {

// A typed index into one of the Dataset's tables. Distinct tags make an EntityId
// and a TieId different types, so they cannot be swapped across module boundaries.
template <typename Tag>
class StrongId final
{
public:
    using ValueType = std::uint32_t;
    static constexpr ValueType InvalidValue = std::numeric_limits<ValueType>::max();

    constexpr StrongId() = default;
    constexpr explicit StrongId(ValueType value) : m_value(value) {}
    constexpr explicit StrongId(std::size_t value) : m_value(static_cast<ValueType>(value)) {}
    constexpr explicit StrongId(int value) : m_value(static_cast<ValueType>(value)) {}

    [[nodiscard]] constexpr ValueType value() const { return m_value; }
    [[nodiscard]] constexpr std::size_t index() const { return m_value; }
    [[nodiscard]] constexpr bool isValid() const { return m_value != InvalidValue; }

    constexpr auto operator<=>(const StrongId &) const = default;

private:
    ValueType m_value = InvalidValue;
};

struct EntityTag;
struct TieTag;
struct SourceTag;
struct DomainTag;
struct KindTag;
struct RelationTag;

using EntityId = StrongId<EntityTag>;
using TieId = StrongId<TieTag>;
using SourceId = StrongId<SourceTag>;
using DomainId = StrongId<DomainTag>;
using KindId = StrongId<KindTag>;
using RelationId = StrongId<RelationTag>;

} // namespace tiescope

template <typename Tag>
struct std::hash<tiescope::StrongId<Tag>>
{
    std::size_t operator()(const tiescope::StrongId<Tag> &id) const noexcept
    {
        return std::hash<std::uint32_t>{}(id.value());
    }
};
