// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include <QPointF>
#include <QRectF>

#include "model/strongid.h"
#include "render/tiegrid.h"

namespace tiescope {

class TieGraph;

// Where every tie is drawn: a quadratic curve from the edge of one entity to the edge of the
// other. Parallel ties between one pair fan out by their rank among the pair's shown ties; a
// tie alone between its pair is drawn (and hit-tested) as a straight line. Answers "which tie
// is under the pointer" through a TieGrid built lazily after the geometry or the mask changed.
// Draws nothing: the painters read it.
class TieGeometry final
{
public:
    struct Curve
    {
        QPointF p0;
        QPointF control;
        QPointF p1;
        QRectF bounds; // the curve's hull with room for an arrowhead
    };

    explicit TieGeometry(const TieGraph &graph);

    [[nodiscard]] std::size_t size() const { return m_curves.size(); }
    // Which ties are shown (one byte per tie); recomputes the fan-out of parallel ties.
    void setMask(const std::vector<std::uint8_t> &tieMask);
    [[nodiscard]] bool isShown(std::uint32_t tie) const { return m_mask[tie] != 0; }
    [[nodiscard]] std::size_t shownCount() const { return m_shownCount; }

    // Node centres and radii per entity, for all ties, or only those touching one entity
    // (`changed` is given each such tie's bounds before and after).
    void update(const std::vector<QPointF> &centres, const std::vector<double> &radii);
    void updateOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii,
                  const std::function<void(const QRectF &)> &changed);

    [[nodiscard]] const Curve &curve(std::uint32_t tie) const { return m_curves[tie]; }
    [[nodiscard]] QRectF bounds() const { return m_bounds; } // of every tie, shown or not
    [[nodiscard]] QRectF tieBounds(TieId tie) const { return m_curves.at(tie.index()).bounds; }
    [[nodiscard]] QPointF midpoint(TieId tie) const; // the middle of the drawn curve
    // Alone between its pair (and not a loop): drawn as the straight line p0-p1.
    [[nodiscard]] bool isStraight(std::uint32_t tie) const;
    [[nodiscard]] bool isSelfTie(std::uint32_t tie) const;
    // The first shown tie of its pair, and this tie's position among the pair's shown ties.
    [[nodiscard]] std::uint32_t leader(std::uint32_t tie) const { return m_leader[tie]; }
    [[nodiscard]] std::uint16_t rank(std::uint32_t tie) const { return m_rank[tie]; }
    // Bounds and `r` are normalised: four comparisons, inline (asked per tie and frame).
    [[nodiscard]] bool meets(std::uint32_t tie, const QRectF &r) const
    {
        const QRectF &b = m_curves[tie].bounds;
        return b.left() <= r.right() && r.left() <= b.right() && b.top() <= r.bottom() && r.top() <= b.bottom();
    }

    // The shown tie nearest to `p` within `tolerance` (scene units); equally near, the later.
    [[nodiscard]] std::optional<TieId> tieAt(const QPointF &p, double tolerance) const;

private:
    void compute(std::uint32_t tie, const std::vector<QPointF> &centres, const std::vector<double> &radii);
    void ensureGrid() const;
    // Calls f(a, b) for each segment the tie is hit-tested (and entered in the grid) as.
    template <typename F>
    void forEachHitSegment(std::uint32_t tie, F &&f) const;

    const TieGraph *m_graph;
    std::vector<std::uint32_t> m_pairOf;                // tie -> pair of entities
    std::vector<std::vector<std::uint32_t>> m_pairTies; // pair -> its ties, in id order
    std::vector<std::vector<std::uint32_t>> m_tiesOfEntity;
    std::vector<std::uint32_t> m_leader;   // the first shown tie of its pair
    std::vector<std::uint16_t> m_rank;     // position among the shown ties of its pair
    std::vector<std::uint16_t> m_siblings; // shown ties in its pair
    std::vector<std::uint8_t> m_mask;
    std::size_t m_shownCount = 0;
    std::vector<Curve> m_curves;
    QRectF m_bounds;
    // Hit-testing: rebuilt lazily after the geometry or the mask changed.
    mutable TieGrid m_grid;
    mutable bool m_gridDirty = true;
    mutable std::vector<std::uint32_t> m_visited; // per tie: the query that last measured it
    mutable std::uint32_t m_visit = 0;
};

} // namespace tiescope
