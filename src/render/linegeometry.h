// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>

#include <QPointF>
#include <QRectF>

// Small geometry shared by the tie drawing paths (TieGeometry, the tie painters, TieRaster,
// TieStroke).
namespace tiescope::linegeometry {

inline double length(const QPointF &v)
{
    return std::hypot(v.x(), v.y());
}

// `v` scaled to length 1; along x when it has no length.
inline QPointF unit(const QPointF &v)
{
    const double l = length(v);
    return l > 1e-9 ? v / l : QPointF(1.0, 0.0);
}

inline double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return length(p - (a + t * ab));
}

// The point at parameter t of the quadratic Bezier p0 -> c -> p1 (how a curved tie is drawn).
inline QPointF quadAt(const QPointF &p0, const QPointF &c, const QPointF &p1, double t)
{
    const double u = 1.0 - t;
    return u * u * p0 + 2.0 * u * t * c + t * t * p1;
}

// Calls f(a, b) for each of `steps` chords of equal parameter span along the quadratic Bezier
// p0 -> c -> p1, ending exactly at p1: how a curved tie is flattened for drawing and hit-tests.
template <typename F>
void forEachChord(const QPointF &p0, const QPointF &c, const QPointF &p1, int steps, F &&f)
{
    QPointF previous = p0;
    for (int k = 1; k <= steps; ++k) {
        const QPointF next = k == steps ? p1 : quadAt(p0, c, p1, static_cast<double>(k) / steps);
        f(previous, next);
        previous = next;
    }
}

// Liang-Barsky: the parameter range [t0, t1] of a + t (b - a) inside `r`; false when none.
inline bool clipRange(const QPointF &a, const QPointF &b, const QRectF &r, double &t0, double &t1)
{
    t0 = 0.0;
    t1 = 1.0;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - r.left(), r.right() - a.x(), a.y() - r.top(), r.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0.0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

} // namespace tiescope::linegeometry
