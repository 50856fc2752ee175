// SPDX-License-Identifier: MIT
#include "render/timelinebarpainter.h"

#include <algorithm>
#include <cmath>

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include "model/dateinterval.h"
#include "render/tiedrawing.h"
#include "render/timelinegeometry.h"
#include "timeline/timelinebar.h"

namespace tiescope {

namespace {

constexpr int PossibleAlpha = 80;
constexpr double BarArrowLength = 8.0;
constexpr double MarkRadius = 6.0;

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

TimelineBarPainter::TimelineBarPainter(QPainter &painter, const TimelineGeometry &geometry)
    : m_painter(painter), m_geometry(geometry)
{
}

double TimelineBarPainter::clampedX(double day) const
{
    const QRectF plot = m_geometry.plot();
    if (day <= DateInterval::Min)
        return plot.left();
    if (day >= DateInterval::Max)
        return plot.right();
    // Within the plot: SVG output has no clipping, so nothing may be drawn past its edges.
    return std::clamp(m_geometry.xOf(day), plot.left(), plot.right());
}

void TimelineBarPainter::paint(const TimelineBar &bar, const QColor &colour, bool selected) const
{
    const double top = m_geometry.yOfRow(bar.row) + (TimelineGeometry::RowHeight - TimelineGeometry::BarHeight) / 2.0;
    if (bar.point) {
        paintPoint(bar, colour, top, selected);
        return;
    }
    const double h = TimelineGeometry::BarHeight;
    // Day numbers as doubles: a last day covers up to the next midnight.
    const double first = bar.reachFirst;
    const double last = bar.reachLast == DateInterval::Max ? bar.reachLast : bar.reachLast + 1.0;
    const double innerFirst = std::min(bar.certainFirst, bar.certainLast);
    const double innerLast = std::max(bar.certainFirst, bar.certainLast) + 1.0;
    const double x0 = clampedX(first);
    const double x1 = std::max(clampedX(last), x0 + 2.0);
    if (selected) {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(tiedrawing::SelectionHalo);
        m_painter.drawRoundedRect(QRectF(x0 - 4, top - 4, x1 - x0 + 8, h + 8), 4, 4);
    }
    m_painter.setPen(Qt::NoPen);
    // Between the two ends: solid when the tie surely held there, faded when it only may have.
    const double mx0 = clampedX(innerFirst);
    const double mx1 = clampedX(innerLast);
    if (mx1 > mx0) {
        m_painter.setBrush(bar.hasCertainSpan() ? colour : withAlpha(colour, PossibleAlpha));
        m_painter.drawRect(QRectF(mx0, top, mx1 - mx0, h));
    }
    paintEnd(bar.startEnd, first, innerFirst, top, colour);
    paintEnd(bar.endEnd, last, innerLast, top, colour);
    if (bar.startEnd == TimelineEnd::Open && bar.reachFirst == DateInterval::Min)
        paintArrow(m_geometry.plot().left(), top, false, colour);
    if (bar.endEnd == TimelineEnd::Open && bar.reachLast == DateInterval::Max)
        paintArrow(m_geometry.plot().right(), top, true, colour);
    if (selected) {
        m_painter.setBrush(Qt::NoBrush);
        m_painter.setPen(QPen(colour.darker(170), 1.6));
        m_painter.drawRect(QRectF(x0, top, x1 - x0, h));
    }
}

void TimelineBarPainter::paintEnd(TimelineEnd end, double outer, double inner, double top, const QColor &colour) const
{
    const double h = TimelineGeometry::BarHeight;
    const double xo = clampedX(outer);
    const double xi = clampedX(inner);
    const QRectF zone(std::min(xo, xi), top, std::abs(xi - xo), h);
    if (zone.width() < 0.5)
        return;
    const QColor faded = withAlpha(colour, PossibleAlpha);
    switch (end) {
    case TimelineEnd::Exact:
    case TimelineEnd::Open:
        // The days the date's precision leaves open (a year, a month), or the open side itself.
        m_painter.setBrush(end == TimelineEnd::Open ? colour : faded);
        m_painter.drawRect(zone);
        break;
    case TimelineEnd::Approximate:
    case TimelineEnd::Unknown: {
        QLinearGradient fade(QPointF(xo, 0), QPointF(xi, 0));
        fade.setColorAt(0.0, withAlpha(colour, 0));
        fade.setColorAt(1.0, end == TimelineEnd::Approximate ? withAlpha(colour, 200) : faded);
        m_painter.setBrush(fade);
        m_painter.drawRect(zone);
        break;
    }
    case TimelineEnd::Uncertain: {
        m_painter.setBrush(faded);
        m_painter.drawRect(zone.adjusted(0, h * 0.3, 0, -h * 0.3));
        m_painter.setPen(QPen(colour.darker(130), 1.2));
        const double mid = top + h / 2.0;
        m_painter.drawLine(QPointF(xo, mid), QPointF(xi, mid));
        m_painter.drawLine(QPointF(xo, top + 1), QPointF(xo, top + h - 1));
        m_painter.setPen(Qt::NoPen);
        break;
    }
    case TimelineEnd::Bounded:
        m_painter.setBrush(faded);
        m_painter.drawRect(zone);
        m_painter.setBrush(QBrush(colour.darker(110), Qt::BDiagPattern));
        m_painter.drawRect(zone);
        m_painter.setPen(QPen(colour.darker(130), 1.2));
        m_painter.drawLine(QPointF(xo, top - 1), QPointF(xo, top + h + 1));
        m_painter.setPen(Qt::NoPen);
        break;
    }
}

void TimelineBarPainter::paintArrow(double x, double top, bool right, const QColor &colour) const
{
    const double h = TimelineGeometry::BarHeight;
    const double dir = right ? 1.0 : -1.0;
    QPainterPath arrow;
    arrow.moveTo(x, top + h / 2.0);
    arrow.lineTo(x - dir * BarArrowLength, top - 2.0);
    arrow.lineTo(x - dir * BarArrowLength, top + h + 2.0);
    arrow.closeSubpath();
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(colour.darker(120));
    m_painter.drawPath(arrow);
}

void TimelineBarPainter::paintPoint(const TimelineBar &bar, const QColor &colour, double top, bool selected) const
{
    const double h = TimelineGeometry::BarHeight;
    const double x0 = clampedX(bar.possibleFirst);
    const double x1 = clampedX(bar.possibleLast + 1.0);
    if (x1 - x0 > 2.0 * MarkRadius) {
        // A date less precise than a day: the days it may mean, faded, under the mark.
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(withAlpha(colour, PossibleAlpha / 2));
        m_painter.drawRect(QRectF(x0, top + h * 0.25, x1 - x0, h * 0.5));
    }
    const QPointF centre((x0 + x1) / 2.0, top + h / 2.0);
    QPainterPath diamond;
    diamond.moveTo(centre + QPointF(0, -MarkRadius));
    diamond.lineTo(centre + QPointF(MarkRadius, 0));
    diamond.lineTo(centre + QPointF(0, MarkRadius));
    diamond.lineTo(centre + QPointF(-MarkRadius, 0));
    diamond.closeSubpath();
    if (selected) {
        m_painter.setPen(QPen(tiedrawing::SelectionHalo, 6.0));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(diamond);
    }
    const bool exact = bar.startEnd == TimelineEnd::Exact;
    m_painter.setPen(QPen(colour.darker(140), 1.4));
    m_painter.setBrush(exact ? QBrush(colour) : QBrush(Qt::white));
    m_painter.drawPath(diamond);
}

} // namespace tiescope
