// SPDX-License-Identifier: MIT
#include "render/labelplacer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <numeric>
#include <span>
#include <unordered_map>

#include "render/boxgrid.h"

namespace tiescope {

namespace {

// The labels placed so far (and the dots along their leader lines), in a uniform grid so each
// test looks only at its neighbourhood. Few next to the nodes, and growing as labels are placed.
class RectGrid final
{
public:
    explicit RectGrid(double cell) : m_cell(cell) {}

    void insert(const QRectF &rect, int owner)
    {
        const int index = static_cast<int>(m_rects.size());
        m_rects.emplace_back(Box::of(rect), owner);
        forCells(rect, [&](std::int64_t key) { m_cells[key].push_back(index); });
    }

    // True when the rectangle meets one not owned by `owner` (its own node's).
    [[nodiscard]] bool intersectsOthers(const QRectF &rect, int owner) const
    {
        // Most tests in a crowded view hit something: stop at the first, not after every cell.
        const Box box = Box::of(rect);
        bool hit = false;
        forCells(rect, [&](std::int64_t key) {
            if (hit)
                return;
            const auto it = m_cells.find(key);
            if (it == m_cells.end())
                return;
            for (const int index : it->second) {
                const auto &[other, otherOwner] = m_rects[static_cast<std::size_t>(index)];
                if (otherOwner != owner && other.meets(box)) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    template <typename F>
    void forCells(const QRectF &rect, F &&f) const
    {
        const auto x0 = static_cast<std::int64_t>(std::floor(rect.left() / m_cell));
        const auto x1 = static_cast<std::int64_t>(std::floor(rect.right() / m_cell));
        const auto y0 = static_cast<std::int64_t>(std::floor(rect.top() / m_cell));
        const auto y1 = static_cast<std::int64_t>(std::floor(rect.bottom() / m_cell));
        for (auto x = x0; x <= x1; ++x) {
            for (auto y = y0; y <= y1; ++y)
                f((x << 32) ^ (y & 0xffffffff));
        }
    }

    double m_cell;
    std::vector<std::pair<Box, int>> m_rects;
    std::unordered_map<std::int64_t, std::vector<int>> m_cells;
};

constexpr int LeaderDirections = 16;
constexpr int LeaderSteps = 10; // out to ten label heights beyond the node

// A label of `size` whose nearest side or corner touches `point`, lying away from the node in
// direction (dx, dy).
QRectF besidePoint(QPointF point, double dx, double dy, QSizeF size)
{
    const double x = dx > 0.35 ? point.x() : dx < -0.35 ? point.x() - size.width() : point.x() - size.width() / 2.0;
    const double y = dy > 0.35 ? point.y() : dy < -0.35 ? point.y() - size.height() : point.y() - size.height() / 2.0;
    return {x, y, size.width(), size.height()};
}

} // namespace

std::pair<QPointF, QPointF> LabelPlacer::leaderLine(QPointF centre, double radius, const QRectF &label)
{
    const QPointF to(std::clamp(centre.x(), label.left(), label.right()),
                     std::clamp(centre.y(), label.top(), label.bottom()));
    const QPointF d = to - centre;
    const double length = std::hypot(d.x(), d.y());
    const QPointF from = length > 1e-9 ? centre + d * (radius / length) : centre;
    return {from, to};
}

QRectF LabelPlacer::labelRect(const Candidate &c, LabelAnchor anchor, QPointF leader)
{
    const double w = c.labelSize.width();
    const double h = c.labelSize.height();
    const double gap = 2.0;
    switch (anchor) {
    case LabelAnchor::Below:
        return {c.centre.x() - w / 2.0, c.centre.y() + c.radius + gap, w, h};
    case LabelAnchor::Above:
        return {c.centre.x() - w / 2.0, c.centre.y() - c.radius - gap - h, w, h};
    case LabelAnchor::Right:
        return {c.centre.x() + c.radius + gap * 2, c.centre.y() - h / 2.0, w, h};
    case LabelAnchor::Left:
        return {c.centre.x() - c.radius - gap * 2 - w, c.centre.y() - h / 2.0, w, h};
    case LabelAnchor::BelowRight:
    case LabelAnchor::AboveRight:
    case LabelAnchor::BelowLeft:
    case LabelAnchor::AboveLeft: {
        // Off the corner of the node's box, touching it with one corner of the label.
        const double off = c.radius * 0.75 + gap;
        const bool right = anchor == LabelAnchor::BelowRight || anchor == LabelAnchor::AboveRight;
        const bool below = anchor == LabelAnchor::BelowRight || anchor == LabelAnchor::BelowLeft;
        return {right ? c.centre.x() + off : c.centre.x() - off - w,
                below ? c.centre.y() + off : c.centre.y() - off - h, w, h};
    }
    case LabelAnchor::Leader:
        return {c.centre + leader, c.labelSize};
    case LabelAnchor::Hidden:
        break;
    }
    return {};
}

std::vector<LabelAnchor> LabelPlacer::place(const std::vector<Candidate> &candidates, const QRectF &area,
                                            const QRectF &avoid, std::vector<QPointF> *leaders)
{
    std::vector<LabelAnchor> result(candidates.size(), LabelAnchor::Hidden);
    if (leaders)
        leaders->assign(candidates.size(), QPointF());
    double typicalHeight = 0.0;
    for (const Candidate &c : candidates)
        typicalHeight = std::max(typicalHeight, c.labelSize.height());
    RectGrid grid(std::max(typicalHeight * 4.0, 1.0));
    // Nodes are obstacles too: a label must not cover another entity. They stay put: a grid of
    // cells about a label high, so a crowd's cell holds a few nodes, not hundreds.
    std::vector<QRectF> nodeBoxes;
    std::vector<int> nodeOwners;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates[i];
        const double r = c.obstacleRadius < 0.0 ? c.radius : c.obstacleRadius;
        if (c.shown) {
            nodeBoxes.emplace_back(c.centre.x() - r, c.centre.y() - r, 2 * r, 2 * r);
            nodeOwners.push_back(static_cast<int>(i));
        }
    }
    const BoxGrid nodes(nodeBoxes, nodeOwners, std::max(typicalHeight, 1e-6));
    // Leaders leave the crowd outwards: the directions away from the middle of the picture first.
    QPointF middle(0, 0);
    int counted = 0;
    for (const Candidate &c : candidates) {
        if (c.shown) {
            middle += c.centre;
            ++counted;
        }
    }
    middle /= std::max(counted, 1);
    const auto fits = [&](const QRectF &rect, int owner) {
        return (area.isEmpty() || area.contains(rect)) && (avoid.isEmpty() || !avoid.intersects(rect)) &&
               !grid.intersectsOthers(rect, owner) && !nodes.meetsOther(rect, owner);
    };
    const auto placeLeader = [&](std::size_t i) {
        const Candidate &c = candidates[i];
        const QPointF out = c.centre - middle;
        const double away = std::atan2(out.y(), out.x());
        std::array<double, LeaderDirections> angles{};
        for (int k = 0; k < LeaderDirections; ++k)
            angles[static_cast<std::size_t>(k)] =
                away + (k % 2 == 0 ? 1 : -1) * ((k + 1) / 2) * (2.0 * std::numbers::pi / LeaderDirections);
        const double step = c.labelSize.height();
        for (int s = 1; s <= LeaderSteps; ++s) {
            const double distance = c.radius + step * s;
            for (const double angle : angles) {
                const double dx = std::cos(angle);
                const double dy = std::sin(angle);
                const QRectF rect = besidePoint(c.centre + QPointF(dx, dy) * distance, dx, dy, c.labelSize);
                if (!fits(rect, static_cast<int>(i)))
                    continue;
                grid.insert(rect, static_cast<int>(i));
                // The line is kept clear too: small boxes along it, so no later label lies on it.
                const auto [from, to] = leaderLine(c.centre, c.radius, rect);
                const double dot = std::max(step * 0.15, 1e-6);
                const int dots = static_cast<int>(std::hypot(to.x() - from.x(), to.y() - from.y()) / (step * 0.5));
                for (int d = 1; d < dots; ++d) {
                    const QPointF p = from + (to - from) * (static_cast<double>(d) / dots);
                    grid.insert(QRectF(p.x() - dot, p.y() - dot, 2 * dot, 2 * dot), static_cast<int>(i));
                }
                result[i] = LabelAnchor::Leader;
                (*leaders)[i] = rect.topLeft() - c.centre;
                return;
            }
        }
    };
    std::vector<std::size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return candidates[a].priority > candidates[b].priority; });
    for (const std::size_t i : order) {
        const Candidate &c = candidates[i];
        if (!c.shown || !c.wanted || c.labelSize.isEmpty())
            continue;
        static constexpr LabelAnchor Anchors[] = {
            LabelAnchor::Below,      LabelAnchor::Right,      LabelAnchor::Above,     LabelAnchor::Left,
            LabelAnchor::BelowRight, LabelAnchor::AboveRight, LabelAnchor::BelowLeft, LabelAnchor::AboveLeft};
        for (const LabelAnchor anchor : std::span(Anchors, c.corners ? 8 : 4)) {
            const QRectF rect = labelRect(c, anchor);
            if (fits(rect, static_cast<int>(i))) {
                grid.insert(rect, static_cast<int>(i));
                result[i] = anchor;
                break;
            }
        }
        if (result[i] == LabelAnchor::Hidden && c.leader && leaders)
            placeLeader(i);
    }
    return result;
}

} // namespace tiescope
