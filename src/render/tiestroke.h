// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace tiescope {

// The part of a tie's curve that can be seen, flattened and already cut into dashes: lines for
// QPainter::drawLines with a solid pen, which the raster engine fills directly, one quad per
// line, without the general stroker. Zoomed in, a tie runs thousands of pixels beyond the view; QPainter would
// flatten, dash and stroke all of it before clipping (hundreds of milliseconds a frame for a
// thousand dashed ties). Here the curve is split into segments whose number depends only on
// its shape and the zoom, the dash pattern is stepped over off-screen segments arithmetically,
// and only pieces inside the clip rectangle are added: the pattern stays where QPainter would
// put it (it starts at each tie's start) and does not move while the view pans.
class TieStroke final
{
public:
    // `clip`: scene rectangle outside of which nothing is kept (the exposed area plus the pen's
    // reach). `pixel`: the scene length of one device pixel, for the flatness of curves.
    TieStroke(const QRectF &clip, double pixel);

    // As a QPen's dash pattern: lengths in units of `unit` (the pen's width), on, off, on, ...
    // Empty: solid.
    void setDashes(const QList<qreal> &pattern, double unit);
    // Appends the visible dashes of the quadratic curve p0-c-p1 to `lines`, in pieces no
    // longer than the flattened curve's segments. The pattern starts afresh at p0.
    void addQuad(QList<QLineF> &lines, const QPointF &p0, const QPointF &c, const QPointF &p1);

private:
    void addSegment(QList<QLineF> &lines, const QPointF &a, const QPointF &b);
    void advance(double distance); // moves the pattern on without drawing

    QRectF m_clip;
    double m_pixel;
    std::vector<double> m_dashes; // scene units; empty: solid
    double m_patternLength = 0.0;
    std::size_t m_dashIndex = 0;
    double m_dashLeft = 0.0;
};

} // namespace tiescope
