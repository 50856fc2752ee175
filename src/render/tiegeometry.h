// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <unordered_map>
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
// A pair's fan is ordered by domain, so one domain's ties lie side by side.
// Draws nothing: the painters read it. An edit appends, pops and re-points single ties
// (followEdit) and a new mask re-ranks only the pairs whose ties it shows or hides; the ties
// whose curve that moved are left stale until updateStale.
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
    // Which ties are shown (one byte per tie); recomputes the fan-out of the pairs it changes
    // (every pair the first time), whose ties' curves are then stale.
    void setMask(const std::vector<std::uint8_t> &tieMask);
    // The graph was edited without moving ids: ties from `keep` on were popped and the graph's
    // ties beyond `keep` are new (hidden until the next mask); `changed` ties may have new
    // ends. Their pairs are re-ranked by the next setMask.
    void followEdit(std::size_t keep, const std::vector<TieId> &changed);
    // The graph was built again after entities moved while every tie kept its id (a merge, or
    // its undo): `moves` is each old entity's new id (invalid: gone). Called before followEdit,
    // which then re-points the ties whose ends changed; the curves stay, as the centres move
    // with their entities.
    void renumberEntities(const std::vector<EntityId> &moves);
    [[nodiscard]] bool isShown(std::uint32_t tie) const { return m_mask[tie] != 0; }
    [[nodiscard]] std::size_t shownCount() const { return m_shownCount; }

    // Node centres and radii per entity, for all ties, or only those touching one entity
    // (`changed` is given each such tie's bounds before and after).
    void update(const std::vector<QPointF> &centres, const std::vector<double> &radii);
    void updateOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii,
                  const std::function<void(const QRectF &)> &changed);
    // How many curves updateStale would recompute.
    [[nodiscard]] std::size_t staleCount(const std::vector<EntityId> &entities) const;
    // Recomputes the stale curves (and those of `entities`' ties: their node was resized).
    void updateStale(const std::vector<EntityId> &entities, const std::vector<QPointF> &centres,
                     const std::vector<double> &radii, const std::function<void(const QRectF &)> &changed);

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
    void attach(std::uint32_t tie); // into its pair and its ends' lists, in tie order
    void detach(std::uint32_t tie);
    void rankPair(std::uint32_t pair); // leader, rank and siblings of a pair's ties by the mask
    void touchPair(std::uint32_t pair);
    void markStale(std::uint32_t tie);
    void ensureGrid() const;
    // Calls f(a, b) for each segment the tie is hit-tested (and entered in the grid) as.
    template <typename F>
    void forEachHitSegment(std::uint32_t tie, F &&f) const;

    const TieGraph *m_graph;
    std::unordered_map<std::uint64_t, std::uint32_t> m_pairIndex; // (lower, higher end) -> pair
    std::vector<std::uint32_t> m_pairOf;                // tie -> pair of entities
    std::vector<std::uint64_t> m_pairKey;               // pair -> its ends, as in m_pairIndex
    std::vector<std::vector<std::uint32_t>> m_pairTies; // pair -> its ties, in id order
    std::vector<std::vector<std::uint32_t>> m_tiesOfEntity;
    std::vector<std::uint32_t> m_leader;   // the first shown tie of its pair
    std::vector<std::uint16_t> m_rank;     // position among the shown ties of its pair
    std::vector<std::uint16_t> m_siblings; // shown ties in its pair
    std::vector<std::uint32_t> m_fanOrder; // rankPair's scratch: a pair's shown ties in fan order
    std::vector<std::uint8_t> m_mask;
    std::size_t m_shownCount = 0;
    bool m_ranked = false;                  // a mask was set since the last rebuild
    std::vector<std::uint32_t> m_dirtyPairs; // to re-rank with the next mask
    std::vector<std::uint8_t> m_pairDirty;
    std::vector<std::uint32_t> m_stale;     // ties whose curve is out of date
    std::vector<std::uint32_t> m_deferred;  // and hidden: computed once shown (flagged in m_isStale too)
    std::vector<std::uint8_t> m_isStale;
    bool m_allStale = false;                // every curve (after the first mask)
    std::vector<Curve> m_curves;
    QRectF m_bounds;
    // Hit-testing: rebuilt lazily after the geometry or the mask changed.
    mutable TieGrid m_grid;
    mutable bool m_gridDirty = true;
    mutable std::vector<std::uint32_t> m_visited; // per tie: the query that last measured it
    mutable std::uint32_t m_visit = 0;
};

} // namespace tiescope
