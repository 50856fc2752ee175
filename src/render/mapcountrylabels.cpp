// SPDX-License-Identifier: MIT
#include "render/mapcountrylabels.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

#include <QLineF>

namespace tiescope {

namespace {

constexpr double Gap = 3.0;
constexpr double InnerDrop = 8.0; // below a state marker (7.5 pixels across)

// How much of the rectangle a disc covers, roughly: the overlap of the disc's square.
double discOverlap(const QRectF &rect, QPointF centre, double radius)
{
    const QRectF square(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius);
    const QRectF both = rect & square;
    if (both.isEmpty())
        return 0.0;
    // The square's corners are not the disc: count only when the nearest point is inside it.
    const double nx = std::clamp(centre.x(), rect.left(), rect.right());
    const double ny = std::clamp(centre.y(), rect.top(), rect.bottom());
    if (std::hypot(nx - centre.x(), ny - centre.y()) >= radius)
        return 0.0;
    return both.width() * both.height() / (rect.width() * rect.height());
}

double rectOverlap(const QRectF &rect, const QRectF &other)
{
    const QRectF both = rect & other;
    return both.isEmpty() ? 0.0 : both.width() * both.height() / (rect.width() * rect.height());
}

} // namespace

QRectF MapCountryLabels::candidate(const Cluster &c, int place)
{
    const double w = c.labelSize.width(), h = c.labelSize.height();
    // Below first, then around the clock: right, above, left, and the directions between.
    static constexpr int Order[Places] = {4, 0, 12, 8, 2, 6, 14, 10, 1, 3, 5, 7, 9, 11, 13, 15};
    const double angle = Order[place] * std::numbers::pi / 8.0;
    // Order[] counts sixteenths of a turn from straight right (4 = below, y grows downwards).
    const QPointF dir(std::cos(angle), std::sin(angle));
    const double wanted = c.radius + Gap;
    const auto at = [&](double distance) {
        const QPointF middle = c.centre + dir * distance + QPointF(dir.x() * w / 2.0, dir.y() * h / 2.0);
        return QRectF(middle.x() - w / 2.0, middle.y() - h / 2.0, w, h);
    };
    const auto clearance = [&](const QRectF &rect) {
        const double nx = std::clamp(c.centre.x(), rect.left(), rect.right());
        const double ny = std::clamp(c.centre.y(), rect.top(), rect.bottom());
        return std::hypot(nx - c.centre.x(), ny - c.centre.y());
    };
    // The least distance along the direction at which the name clears the disc by the gap.
    double low = 0.0, high = wanted;
    while (clearance(at(high)) < wanted)
        high *= 2.0;
    for (int i = 0; i < 20; ++i) {
        const double mid = (low + high) / 2.0;
        (clearance(at(mid)) < wanted ? low : high) = mid;
    }
    return at(high);
}

std::vector<QRectF> MapCountryLabels::place(const std::vector<Cluster> &clusters,
                                            const std::vector<QPainterPath> &outlines, const QTransform &toMap,
                                            const QRectF &frame)
{
    std::vector<QRectF> result(clusters.size());
    std::vector<std::size_t> order(clusters.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return clusters[a].priority > clusters[b].priority; });
    std::vector<QRectF> taken;
    for (const std::size_t i : order) {
        const Cluster &c = clusters[i];
        if (!c.shown || c.labelSize.isEmpty())
            continue;
        const QLineF leader(c.home, c.centre);
        const bool moved = leader.length() >= 3.0;
        double best = 0.0;
        QRectF bestRect;
        for (int p = 0; p <= Places; ++p) {
            // The last resort: across its own cluster, just below the state at its centre,
            // where the halo keeps it legible over its own markers but it covers no neighbour.
            const QRectF rect = p < Places ? candidate(c, p)
                                           : QRectF(c.centre.x() - c.labelSize.width() / 2.0, c.centre.y() + InnerDrop,
                                                    c.labelSize.width(), c.labelSize.height());
            double cost = p < Places ? 0.0 : 150.0;
            for (std::size_t j = 0; j < clusters.size(); ++j) {
                if (j != i && clusters[j].shown) {
                    const double covered = discOverlap(rect, clusters[j].centre, clusters[j].radius);
                    cost += covered > 0.0 ? 400.0 + 1000.0 * covered : 0.0;
                }
            }
            // Names kept a little apart too, so two never read as one ("Bosnia and Herzegovina"
            // over "Montenegro").
            for (const QRectF &other : taken)
                cost += 1000.0 * rectOverlap(rect, other.adjusted(-4.0, -4.0, 4.0, 4.0));
            cost += 400.0 * (1.0 - rectOverlap(rect, frame));
            // On its own country or the sea, rather than on a neighbour.
            const QRectF inMap = toMap.mapRect(rect);
            for (std::size_t k = 0; k < outlines.size(); ++k) {
                if (!outlines[k].boundingRect().intersects(inMap) || !outlines[k].intersects(inMap))
                    continue;
                cost += static_cast<int>(k) == c.country ? -12.0 : 8.0;
            }
            const QPointF middle = rect.center();
            if (moved) {
                // Away from home, so the name does not sit on the leader line.
                const QLineF out(c.centre, middle);
                cost -= 6.0 * std::cos((out.angleTo(leader) - 180.0) * std::numbers::pi / 180.0);
            } else {
                cost += QLineF(c.home, middle).length() / std::max(1.0, c.labelSize.height());
            }
            cost += 0.01 * p; // ties keep the order of the places: below, right, above, left first
            if (bestRect.isNull() || cost < best) {
                best = cost;
                bestRect = rect;
            }
        }
        result[i] = bestRect;
        taken.push_back(bestRect);
    }
    return result;
}

} // namespace tiescope
