// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <variant>

#include "model/strongid.h"

namespace tiescope {

// What the analyst has selected: any number of entities and ties, and the current item (the
// one last clicked, which the details panel shows). A plain value; ViewState holds the one
// the window shows.
class Selection final
{
public:
    Selection() = default;
    [[nodiscard]] static Selection of(EntityId entity);
    [[nodiscard]] static Selection of(TieId tie);

    [[nodiscard]] bool isEmpty() const { return m_entities.empty() && m_ties.empty(); }
    [[nodiscard]] std::size_t size() const { return m_entities.size() + m_ties.size(); }
    [[nodiscard]] const std::set<EntityId> &entities() const { return m_entities; }
    [[nodiscard]] const std::set<TieId> &ties() const { return m_ties; }
    [[nodiscard]] bool contains(EntityId entity) const { return m_entities.count(entity) != 0; }
    [[nodiscard]] bool contains(TieId tie) const { return m_ties.count(tie) != 0; }
    [[nodiscard]] std::optional<EntityId> currentEntity() const;
    [[nodiscard]] std::optional<TieId> currentTie() const;

    // Adds an item and makes it current.
    void add(EntityId entity);
    void add(TieId tie);
    // Removes an item; when it was current, another selected one becomes current.
    void remove(EntityId entity);
    void remove(TieId tie);
    // Adds an item that is not selected, removes one that is (Ctrl-click).
    void toggle(EntityId entity);
    void toggle(TieId tie);
    void clear() { *this = Selection(); }

    bool operator==(const Selection &) const = default;

private:
    void pickCurrent();

    std::set<EntityId> m_entities;
    std::set<TieId> m_ties;
    std::variant<std::monostate, EntityId, TieId> m_current;
};

} // namespace tiescope
