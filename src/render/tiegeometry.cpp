// SPDX-License-Identifier: MIT
#include "render/tiegeometry.h"

#include <algorithm>
#include <map>

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/linegeometry.h"
#include "render/tiedrawing.h"

namespace tiescope {

using linegeometry::length;
using linegeometry::quadAt;
using linegeometry::unit;

namespace {

constexpr int HitSteps = 16;          // segments a curve is tested (and entered in the grid) as
constexpr double FanStep = 20.0;      // distance between neighbouring parallel ties, scene units
constexpr double MinFanSpread = 40.0; // scene units a pair's fan may always spread over
// A self-tie's loop: its feet on the node's upper rim, its peak this many radii above the centre.
constexpr double LoopFootX = 0.6;
constexpr double LoopFootY = 0.8;
constexpr double LoopLift = 2.5;
constexpr double TipGap = 1.0; // an arrow's tip stops this far short of the node's rim

} // namespace

TieGeometry::TieGeometry(const TieGraph &graph) : m_graph(&graph)
{
    const Dataset &data = graph.dataset();
    const auto &ties = data.ties();
    const std::size_t n = ties.size();
    m_tiesOfEntity.resize(data.entities().size());
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> pairIndex;
    m_pairOf.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const Tie &tie = ties[i];
        const std::uint32_t a = tie.from.value();
        const std::uint32_t b = tie.to.value();
        const std::pair<std::uint32_t, std::uint32_t> key{std::min(a, b), std::max(a, b)};
        auto [it, inserted] = pairIndex.try_emplace(key, static_cast<std::uint32_t>(m_pairTies.size()));
        if (inserted)
            m_pairTies.emplace_back();
        m_pairTies[it->second].push_back(i);
        m_pairOf[i] = it->second;
        m_tiesOfEntity[tie.from.index()].push_back(i);
        if (tie.to != tie.from)
            m_tiesOfEntity[tie.to.index()].push_back(i);
    }
    m_rank.assign(n, 0);
    m_leader.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        m_leader[i] = m_pairTies[m_pairOf[i]].front();
    m_siblings.assign(n, 1);
    m_mask.assign(n, 1);
    m_curves.resize(n);
}

void TieGeometry::setMask(const std::vector<std::uint8_t> &tieMask)
{
    m_mask = tieMask;
    m_mask.resize(m_curves.size(), 0);
    m_shownCount = static_cast<std::size_t>(std::count(m_mask.begin(), m_mask.end(), std::uint8_t{1}));
    m_gridDirty = true;
    for (const auto &pair : m_pairTies) {
        std::uint16_t shown = 0;
        for (const std::uint32_t tie : pair) {
            if (m_mask[tie]) {
                if (shown == 0)
                    m_leader[pair.front()] = tie; // read through any tie of the pair, below
                m_rank[tie] = shown++;
            }
        }
        for (const std::uint32_t tie : pair)
            m_leader[tie] = m_leader[pair.front()];
        for (const std::uint32_t tie : pair)
            m_siblings[tie] = std::max<std::uint16_t>(shown, 1);
    }
}

void TieGeometry::compute(std::uint32_t i, const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    const TieGraph::TieFacts &f = m_graph->facts()[i];
    const QPointF a = centres[f.from];
    const QPointF b = centres[f.to];
    Curve &g = m_curves[i];
    if (f.from == f.to) {
        // A self-tie: a loop above the node, fanned out like parallel ties.
        const double r = radii[f.from];
        const double lift = LoopLift * r + FanStep * m_rank[i];
        g.p0 = a + QPointF(-r * LoopFootX, -r * LoopFootY);
        g.p1 = a + QPointF(r * LoopFootX, -r * LoopFootY);
        g.control = a + QPointF(0.0, -lift * 2.0);
    } else {
        // Offsets are measured in one canonical direction (lower id to higher) so that ties
        // A->B and B->A of the same pair fan apart instead of landing on each other.
        const bool forward = f.from < f.to;
        const QPointF lo = forward ? a : b;
        const QPointF hi = forward ? b : a;
        const QPointF along = hi - lo;
        const QPointF normal = unit(QPointF(-along.y(), along.x()));
        const double count = m_siblings[i];
        const double spread = std::max(MinFanSpread, 0.5 * length(along));
        const double step = count > 1 ? std::min(FanStep, spread / (count - 1)) : 0.0;
        const double offset = (m_rank[i] - (count - 1) / 2.0) * step;
        // A quadratic's peak lies halfway to its control point.
        g.control = (a + b) / 2.0 + normal * (2.0 * offset);
        g.p0 = a + unit(g.control - a) * radii[f.from];
        g.p1 = b + unit(g.control - b) * (radii[f.to] + TipGap);
    }
    const double margin = tiedrawing::ArrowLength + tiedrawing::BoundsSlack;
    g.bounds =
        QRectF(QPointF(std::min({g.p0.x(), g.control.x(), g.p1.x()}), std::min({g.p0.y(), g.control.y(), g.p1.y()})),
               QPointF(std::max({g.p0.x(), g.control.x(), g.p1.x()}), std::max({g.p0.y(), g.control.y(), g.p1.y()})))
            .adjusted(-margin, -margin, margin, margin);
}

void TieGeometry::update(const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    QRectF bounds;
    for (std::uint32_t i = 0; i < m_curves.size(); ++i) {
        compute(i, centres, radii);
        bounds |= m_curves[i].bounds;
    }
    m_bounds = bounds;
    m_gridDirty = true;
}

void TieGeometry::updateOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii,
                           const std::function<void(const QRectF &)> &changed)
{
    m_gridDirty = true;
    for (const std::uint32_t tie : m_tiesOfEntity[entity.index()]) {
        changed(m_curves[tie].bounds);
        compute(tie, centres, radii);
        m_bounds |= m_curves[tie].bounds;
        changed(m_curves[tie].bounds);
    }
}

QPointF TieGeometry::midpoint(TieId tie) const
{
    const Curve &g = m_curves.at(tie.index());
    return quadAt(g.p0, g.control, g.p1, 0.5);
}

bool TieGeometry::isSelfTie(std::uint32_t tie) const
{
    const TieGraph::TieFacts &f = m_graph->facts()[tie];
    return f.from == f.to;
}

bool TieGeometry::isStraight(std::uint32_t tie) const
{
    return m_siblings[tie] <= 1 && !isSelfTie(tie);
}

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
