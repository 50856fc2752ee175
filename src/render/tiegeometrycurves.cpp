// SPDX-License-Identifier: MIT
// TieGeometry's curves: where each tie is drawn from its ends' centres and radii, for all ties,
// for one entity's, or for the stale ones (a part of tiegeometry.cpp in a file of its own).
#include "render/tiegeometry.h"

#include <algorithm>

#include "graph/tiegraph.h"
#include "render/linegeometry.h"
#include "render/pooljobs.h"
#include "render/tiedrawing.h"

namespace tiescope {

using linegeometry::length;
using linegeometry::unit;

namespace {

constexpr double FanStep = 20.0;      // distance between neighbouring parallel ties, scene units
constexpr double MinFanSpread = 40.0; // scene units a pair's fan may always spread over
// A self-tie's loop: its feet on the node's upper rim, its peak this many radii above the centre.
constexpr double LoopFootX = 0.6;
constexpr double LoopFootY = 0.8;
constexpr double LoopLift = 2.5;
constexpr double TipGap = 1.0; // an arrow's tip stops this far short of the node's rim
// From this many ties a full update computes the curves on two cores.
constexpr std::uint32_t ParallelCurves = 20000;

} // namespace

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
    // Each curve is its own tie's: the two halves of the ties on the two cores (1M curves are
    // a tenth of a second each way), each with its bounds.
    const auto n = static_cast<std::uint32_t>(m_curves.size());
    const std::uint32_t half = n / 2;
    const auto computeRange = [&](std::uint32_t from, std::uint32_t to, QRectF &bounds) {
        for (std::uint32_t i = from; i < to; ++i) {
            compute(i, centres, radii);
            bounds |= m_curves[i].bounds;
        }
    };
    QRectF lower, upper;
    if (n < ParallelCurves)
        computeRange(0, n, lower);
    else
        PoolJobs::runBeside([&] { computeRange(0, half, lower); }, [&] { computeRange(half, n, upper); });
    m_bounds = lower | upper;
    m_gridDirty = true;
    for (auto *list : {&m_stale, &m_deferred}) {
        for (const std::uint32_t tie : *list)
            m_isStale[tie] = 0;
        list->clear();
    }
    m_allStale = false;
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

std::size_t TieGeometry::staleCount(const std::vector<EntityId> &entities) const
{
    if (m_allStale)
        return m_curves.size();
    std::size_t count = m_stale.size();
    for (const EntityId entity : entities)
        count += m_tiesOfEntity[entity.index()].size();
    return count;
}

void TieGeometry::updateStale(const std::vector<EntityId> &entities, const std::vector<QPointF> &centres,
                              const std::vector<double> &radii, const std::function<void(const QRectF &)> &changed)
{
    if (m_allStale) {
        update(centres, radii);
        return;
    }
    for (const EntityId entity : entities) {
        for (const std::uint32_t tie : m_tiesOfEntity[entity.index()])
            markStale(tie);
    }
    // A hidden tie's curve is neither drawn nor hit: it waits until a mask shows it (a step of
    // Play resizes thousands of entities, most of whose ties are hidden).
    if (!m_deferred.empty()) {
        auto waiting = m_deferred.begin();
        for (const std::uint32_t tie : m_deferred) {
            if (m_mask[tie])
                m_stale.push_back(tie);
            else
                *waiting++ = tie;
        }
        m_deferred.erase(waiting, m_deferred.end());
    }
    if (m_stale.empty())
        return;
    m_gridDirty = true;
    for (const std::uint32_t tie : m_stale) {
        if (!m_mask[tie]) {
            m_deferred.push_back(tie); // still flagged stale
            continue;
        }
        changed(m_curves[tie].bounds);
        compute(tie, centres, radii);
        m_bounds |= m_curves[tie].bounds;
        changed(m_curves[tie].bounds);
        m_isStale[tie] = 0;
    }
    m_stale.clear();
}

} // namespace tiescope
