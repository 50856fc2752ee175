// SPDX-License-Identifier: MIT
#include "render/tiestroke.h"

#include <algorithm>
#include <cmath>

#include "render/linegeometry.h"

namespace tiescope {

using linegeometry::clipRange;
using linegeometry::forEachChord;

namespace {

constexpr double FlatnessPixels = 0.2; // how far a flattened curve may stray, device pixels
constexpr int MaxStrokeSegments = 1024;

} // namespace

TieStroke::TieStroke(const QRectF &clip, double pixel) : m_clip(clip), m_pixel(std::max(pixel, 1e-9))
{}

void TieStroke::setDashes(const QList<qreal> &pattern, double unit)
{
    m_dashes.clear();
    m_patternLength = 0.0;
    // As QPainter: an odd last entry is dropped, a pattern without length draws solid here.
    const qsizetype count = std::min<qsizetype>(pattern.size(), 32) & ~qsizetype{1};
    for (qsizetype i = 0; i < count; ++i) {
        m_dashes.push_back(std::max(pattern[i], 0.0) * unit);
        m_patternLength += m_dashes.back();
    }
    if (m_patternLength <= 1e-9 * std::max(unit, 1.0))
        m_dashes.clear();
}

void TieStroke::addQuad(QList<QLineF> &lines, const QPointF &p0, const QPointF &c, const QPointF &p1)
{
    m_dashIndex = 0;
    m_dashLeft = m_dashes.empty() ? 0.0 : m_dashes.front();
    // A quadratic's chord over a parameter step h strays at most |p0 - 2c + p1| h^2 / 4: the
    // number of equal steps follows from that in device pixels, never from the clip, so the
    // dashes land in the same places whatever part of the curve is in view.
    const QPointF bend = p0 - 2.0 * c + p1;
    const double bendPixels = std::hypot(bend.x(), bend.y()) / m_pixel;
    const int steps =
        std::clamp(static_cast<int>(std::ceil(std::sqrt(bendPixels / (4.0 * FlatnessPixels)))), 1, MaxStrokeSegments);
    forEachChord(p0, c, p1, steps, [&](const QPointF &a, const QPointF &b) { addSegment(lines, a, b); });
}

void TieStroke::advance(double distance)
{
    if (m_dashes.empty() || distance < m_dashLeft) {
        m_dashLeft -= distance;
        return;
    }
    distance -= m_dashLeft;
    distance -= std::floor(distance / m_patternLength) * m_patternLength; // whole patterns at once
    m_dashIndex = (m_dashIndex + 1) % m_dashes.size();
    m_dashLeft = m_dashes[m_dashIndex];
    while (distance >= m_dashLeft) {
        distance -= m_dashLeft;
        m_dashIndex = (m_dashIndex + 1) % m_dashes.size();
        m_dashLeft = m_dashes[m_dashIndex];
    }
    m_dashLeft -= distance;
}

void TieStroke::addSegment(QList<QLineF> &lines, const QPointF &a, const QPointF &b)
{
    const QPointF along = b - a;
    const double length = std::hypot(along.x(), along.y());
    double t0 = 0.0;
    double t1 = 1.0;
    if (!clipRange(a, b, m_clip, t0, t1)) {
        advance(length);
        return;
    }
    const QPointF start = t0 > 0.0 ? a + along * t0 : a;
    const QPointF end = t1 < 1.0 ? a + along * t1 : b;
    if (m_dashes.empty()) {
        lines.append(QLineF(start, end));
        return;
    }
    // Off-screen before the clip: the pattern moves on in one step. Inside: dash by dash,
    // which is bounded by the clip rectangle's size.
    advance(length * t0);
    double position = length * t0;
    const double stop = length * t1;
    const QPointF direction = length > 0.0 ? along / length : QPointF();
    while (position < stop) {
        const double step = std::min(m_dashLeft, stop - position);
        const bool on = m_dashIndex % 2 == 0;
        if (on && step > 0.0) {
            const QPointF from = position == length * t0 ? start : a + direction * position;
            const QPointF to = position + step >= stop ? end : a + direction * (position + step);
            lines.append(QLineF(from, to));
        }
        position += step;
        m_dashLeft -= step;
        if (m_dashLeft <= 0.0) {
            m_dashIndex = (m_dashIndex + 1) % m_dashes.size();
            m_dashLeft = m_dashes[m_dashIndex];
        }
    }
    if (t1 < 1.0)
        advance(length - stop);
}

} // namespace tiescope
