// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "model/strongid.h"
#include "render/labelplacer.h"

namespace tiescope {

class GraphView;
class TieGraph;

// What GraphScene was told to mark, as the masks its items and tie layer draw from: the
// selection marks, the hovered entity, an analysis highlight (with the ends of its ties) and
// the what-if strikes (with the ties of struck entities). Plain data; the scene pushes it into
// the items.
class SceneMarks final
{
public:
    void reset(const TieGraph *graph);

    // Out-of-range ids are dropped; false when nothing changed.
    bool setMarked(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    [[nodiscard]] const std::vector<EntityId> &markedEntities() const { return m_markedEntities; }
    [[nodiscard]] const std::vector<TieId> &markedTies() const { return m_markedTies; }

    std::optional<EntityId> hovered;

    void setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    bool clearHighlight(); // false when there was none
    [[nodiscard]] bool hasHighlight() const { return !m_highlightEntities.empty(); }
    // One byte per entity / tie; empty: no highlight.
    [[nodiscard]] const std::vector<std::uint8_t> &highlightEntities() const { return m_highlightEntities; }
    [[nodiscard]] const std::vector<std::uint8_t> &highlightTies() const { return m_highlightTies; }

    // One byte per entity, and per tie (empty when nothing is struck).
    void setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    [[nodiscard]] const std::vector<std::uint8_t> &struckEntities() const { return m_struckEntities; }
    [[nodiscard]] const std::vector<std::uint8_t> &struckTies() const { return m_struckTies; }

    // Entities in focus, one byte each: the hovered one and its shown neighbours, else the
    // highlight; empty: no focus, nothing dimmed.
    [[nodiscard]] std::vector<std::uint8_t> entityFocus(const GraphView &view) const;
    // Labels follow the marks: the hovered and the selected entities are named first, and with
    // a highlight only its entities are named.
    void prioritise(std::vector<LabelPlacer::Candidate> &candidates) const;

private:
    const TieGraph *m_graph = nullptr;
    std::vector<EntityId> m_markedEntities;
    std::vector<TieId> m_markedTies;
    std::vector<std::uint8_t> m_highlightEntities;
    std::vector<std::uint8_t> m_highlightTies;
    std::vector<std::uint8_t> m_struckEntities;
    std::vector<std::uint8_t> m_struckTies;
};

} // namespace tiescope
