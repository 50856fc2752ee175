// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <QRectF>

#include "graph/tiegraph.h"
#include "model/strongid.h"

class QPainter;

namespace tiescope {

class TieGeometry;

// What is drawn over the plain ties, or decides how they are drawn: the focus that dims the
// ties outside it, the ties a what-if removes (a red dashed stroke under the shown ties) and
// the selected ties (a halo on top).
class TieOverlay final
{
public:
    explicit TieOverlay(const TieGraph &graph) : m_graph(&graph) {}

    // Entities in focus (a hovered neighbourhood): ties not touching two of them are dimmed.
    // Empty: nothing dimmed.
    void setFocus(std::vector<std::uint8_t> entityFocus) { m_focus = std::move(entityFocus); }
    // Ties in focus (an analysis result), one byte per tie; when set it decides instead of the
    // entity focus. Empty: off.
    void setTieFocus(std::vector<std::uint8_t> tieFocus) { m_tieFocus = std::move(tieFocus); }
    // One byte per tie; empty: none.
    void setStruck(std::vector<std::uint8_t> struck) { m_struck = std::move(struck); }
    void setSelected(std::vector<TieId> ties) { m_selected = std::move(ties); }
    // Everything off (the ties were edited: what is marked is set again).
    void clear()
    {
        m_focus.clear();
        m_tieFocus.clear();
        m_struck.clear();
        m_selected.clear();
    }
    [[nodiscard]] const std::vector<TieId> &selected() const { return m_selected; }

    [[nodiscard]] bool hasFocus() const { return !m_focus.empty() || !m_tieFocus.empty(); }
    // Inline: asked per tie and frame.
    [[nodiscard]] bool inFocus(std::uint32_t tie) const
    {
        if (!m_tieFocus.empty())
            return tie < m_tieFocus.size() && m_tieFocus[tie] != 0;
        if (m_focus.empty())
            return true;
        const TieGraph::TieFacts &f = m_graph->facts()[tie];
        return m_focus[f.from] && m_focus[f.to];
    }
    [[nodiscard]] bool isStruck(std::uint32_t tie) const { return !m_struck.empty() && m_struck[tie]; }

    void paintStruck(QPainter *painter, const TieGeometry &geometry, const QRectF &exposed, double lod) const;
    void paintSelected(QPainter *painter, const TieGeometry &geometry, double lod) const;

private:
    const TieGraph *m_graph;
    std::vector<std::uint8_t> m_focus;
    std::vector<std::uint8_t> m_tieFocus;
    std::vector<std::uint8_t> m_struck;
    std::vector<TieId> m_selected;
};

} // namespace tiescope
