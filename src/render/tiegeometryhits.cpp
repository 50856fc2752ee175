// SPDX-License-Identifier: MIT
// TieGeometry's hit-testing: "which tie is under the pointer", through a grid of curve chords
// built lazily after the geometry or the mask changed.
#include "render/tiegeometry.h"

#include <algorithm>
#include <cmath>

#include "graph/tiegraph.h"
#include "render/linegeometry.h"

namespace tiescope {

namespace {

constexpr int HitSteps = 16; // segments a curve is tested (and entered in the grid) as

} // namespace

template <typename F>
void TieGeometry::forEachHitSegment(std::uint32_t tie, F &&f) const
{
    const Curve &g = m_curves[tie];
    if (isStraight(tie)) {
        f(g.p0, g.p1);
        return;
    }
    linegeometry::forEachChord(g.p0, g.control, g.p1, HitSteps, f);
}

void TieGeometry::ensureGrid() const
{
    if (!m_gridDirty)
        return;
    // Built when first asked after a change, so filtering and dragging do not pay for it.
    m_grid.reset(m_bounds, m_shownCount);
    for (std::uint32_t i = 0; i < m_curves.size(); ++i) {
        if (m_mask[i])
            forEachHitSegment(i, [&](const QPointF &a, const QPointF &b) { m_grid.insertSegment(i, a, b); });
    }
    m_grid.finish();
    m_gridDirty = false;
}

std::optional<TieId> TieGeometry::tieAt(const QPointF &p, double tolerance) const
{
    // Only the ties the grid has near p: a click or a tooltip costs microseconds at 100k ties.
    ensureGrid();
    std::optional<TieId> best;
    double bestDistance = tolerance;
    // A tie is in several of the cells looked at: each is measured once.
    if (m_visited.size() != m_curves.size()) {
        m_visited.assign(m_curves.size(), 0);
        m_visit = 0;
    }
    if (++m_visit == 0) {
        std::fill(m_visited.begin(), m_visited.end(), 0);
        m_visit = 1;
    }
    m_grid.forEachNear(p, tolerance, [&](std::uint32_t i) {
        if (m_visited[i] == m_visit || !m_mask[i])
            return;
        m_visited[i] = m_visit;
        const QRectF &b = m_curves[i].bounds;
        if (p.x() < b.left() - tolerance || p.x() > b.right() + tolerance || p.y() < b.top() - tolerance ||
            p.y() > b.bottom() + tolerance)
            return;
        double distance = bestDistance + 1.0;
        forEachHitSegment(i, [&](const QPointF &a, const QPointF &c) {
            distance = std::min(distance, linegeometry::distanceToSegment(p, a, c));
        });
        // Equally near: the later tie, which is drawn on top.
        if (distance < bestDistance || (distance == bestDistance && (!best || i > best->value()))) {
            bestDistance = distance;
            best = TieId(i);
        }
    });
    return best;
}

} // namespace tiescope
