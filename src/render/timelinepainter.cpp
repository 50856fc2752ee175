// SPDX-License-Identifier: MIT
#include "render/timelinepainter.h"

#include <algorithm>
#include <array>
#include <cmath>

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include "model/dataset.h"
#include "model/partialdate.h"
#include "render/tiestyle.h"
#include "render/timelinebarpainter.h"
#include "render/timelinegeometry.h"
#include "timeline/timelinelanes.h"

namespace tiescope {

namespace {

const QColor Ink(0x37, 0x47, 0x4f);
const QColor Faint(0x90, 0x9a, 0xa0);
const QColor Grid(0xe3, 0xe7, 0xea);
const QColor LaneShade(0xf5, 0xf7, 0xf8);
const QColor WindowEdge(0x1e, 0x6e, 0xdc);
const QColor CursorColour(0xd3, 0x2f, 0x2f);
constexpr double DaysPerYear = 365.2425;

QFont font(double pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(static_cast<int>(pixels));
    f.setBold(bold);
    return f;
}

} // namespace

TimelinePainter::TimelinePainter(const Dataset &data, const TimelineLanes &lanes) : m_data(data), m_lanes(lanes) {}

int TimelinePainter::yearStep(double pixelsPerYear, double minPixels)
{
    for (const int step : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000}) {
        if (step * pixelsPerYear >= minPixels)
            return step;
    }
    return 10000;
}

void TimelinePainter::paint(QPainter &painter, const QRectF &area, const TimelineFrame &frame) const
{
    const TimelineGeometry geometry(area, frame);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(area, Qt::white);
    paintLanes(painter, geometry);
    paintAxis(painter, geometry, frame);
    painter.save();
    painter.setClipRect(geometry.plot());
    paintBars(painter, geometry, frame);
    paintWindow(painter, geometry, frame);
    paintUndated(painter, geometry); // over the window's veil: undated ties are in no window
    painter.restore();
    if (frame.showKey)
        paintKey(painter, geometry);
    painter.restore();
}

void TimelinePainter::paintLanes(QPainter &painter, const TimelineGeometry &geometry) const
{
    const QRectF plot = geometry.plot();
    const QRectF labels = geometry.labels();
    painter.save();
    painter.setClipRect(labels.united(plot));
    painter.setFont(font(12));
    const QFontMetricsF metrics(painter.font());
    for (const std::size_t index : m_lanes.lanesIn(geometry.firstVisibleRow(), geometry.lastWholeRow())) {
        const TimelineLane &lane = m_lanes.lanes()[index];
        const double top = geometry.yOfRow(lane.firstRow);
        const double height = lane.rowCount * TimelineGeometry::RowHeight;
        const QRectF band =
            QRectF(labels.left(), top, plot.right() - labels.left(), height).intersected(labels.united(plot));
        if (index % 2 == 1)
            painter.fillRect(band, LaneShade);
        painter.setPen(Grid);
        if (top + height <= plot.bottom())
            painter.drawLine(QPointF(labels.left(), top + height), QPointF(plot.right(), top + height));
        // The label stays in view while the lane's first rows scroll away.
        const double labelTop = std::clamp(plot.top(), top, top + height - TimelineGeometry::RowHeight);
        painter.setPen(Ink);
        const QRectF box(labels.left() + 8, labelTop, labels.width() - 14, TimelineGeometry::RowHeight);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(QString::fromStdString(lane.label), Qt::ElideRight, box.width()));
    }
    painter.restore();
    painter.setPen(QPen(Faint, 1.0));
    painter.drawLine(QPointF(plot.left(), geometry.area().top()), QPointF(plot.left(), plot.bottom()));
}

void TimelinePainter::paintAxis(QPainter &painter, const TimelineGeometry &geometry, const TimelineFrame &frame) const
{
    const QRectF plot = geometry.plot();
    const QRectF axis = geometry.axis();
    const double pixelsPerYear = geometry.pixelsPerDay() * DaysPerYear;
    const int step = yearStep(pixelsPerYear, 56.0);
    const int firstYear = yearOfDay(static_cast<std::int32_t>(std::floor(frame.firstDay)));
    const int lastYear = yearOfDay(static_cast<std::int32_t>(std::ceil(frame.lastDay)));
    painter.save();
    painter.setClipRect(axis.united(plot));
    painter.setFont(font(11));
    const int from = static_cast<int>(std::floor(static_cast<double>(firstYear) / step)) * step;
    for (int year = from; year <= lastYear + step; year += step) {
        const double x = geometry.xOf(daysFromCivil(year, 1, 1));
        if (x < plot.left() || x > plot.right())
            continue; // SVG has no clipping: stay inside the plot
        painter.setPen(Grid);
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(Faint);
        painter.drawLine(QPointF(x, axis.bottom() - 6), QPointF(x, axis.bottom()));
        const QString label = QString::number(year);
        if (x + 3 + painter.fontMetrics().horizontalAdvance(label) > plot.right())
            continue; // a label cut at the edge reads as another year
        painter.setPen(Ink);
        painter.drawText(QRectF(x + 3, axis.top(), 60, axis.height() - 6), Qt::AlignLeft | Qt::AlignBottom, label);
    }
    // Years between labelled ticks, when there is room for them.
    if (step > 1 && pixelsPerYear >= 6.0) {
        painter.setPen(Faint);
        for (int year = from; year <= lastYear; ++year) {
            const double x = geometry.xOf(daysFromCivil(year, 1, 1));
            if (x >= plot.left() && x <= plot.right())
                painter.drawLine(QPointF(x, axis.bottom() - 3), QPointF(x, axis.bottom()));
        }
    }
    painter.restore();
    painter.setPen(QPen(Faint, 1.0));
    painter.drawLine(QPointF(geometry.area().left(), axis.bottom()), QPointF(plot.right(), axis.bottom()));
    if (frame.cursor) {
        const double x = geometry.xOf(*frame.cursor);
        if (x >= plot.left() && x <= plot.right()) {
            QPainterPath marker;
            marker.moveTo(x, axis.bottom());
            marker.lineTo(x - 6, axis.bottom() - 9);
            marker.lineTo(x + 6, axis.bottom() - 9);
            marker.closeSubpath();
            painter.setPen(Qt::NoPen);
            painter.setBrush(CursorColour);
            painter.drawPath(marker);
        }
    }
}

void TimelinePainter::paintBars(QPainter &painter, const TimelineGeometry &geometry, const TimelineFrame &frame) const
{
    const auto firstDay = static_cast<std::int32_t>(std::floor(std::max(frame.firstDay, -1e9)));
    const auto lastDay = static_cast<std::int32_t>(std::ceil(std::min(frame.lastDay, 1e9)));
    const auto found = m_lanes.query(geometry.firstVisibleRow(), geometry.lastWholeRow(), firstDay, lastDay);
    const TimelineBarPainter bars(painter, geometry);
    // Colours per domain once per frame, not per bar.
    std::vector<QColor> colours;
    colours.reserve(m_data.domains().size());
    for (const Domain &domain : m_data.domains())
        colours.push_back(TieStyle::domainColour(domain));
    std::vector<std::size_t> selected;
    for (const std::size_t index : found) {
        const TimelineBar &bar = m_lanes.bars()[index];
        if (frame.selected.count(bar.tie) != 0) {
            selected.push_back(index); // over the others
            continue;
        }
        bars.paint(bar, colours.at(bar.domain.index()), false);
    }
    for (const std::size_t index : selected) {
        const TimelineBar &bar = m_lanes.bars()[index];
        bars.paint(bar, colours.at(bar.domain.index()), true);
    }
}

void TimelinePainter::paintUndated(QPainter &painter, const TimelineGeometry &geometry) const
{
    if (!m_lanes.hasUndatedLane())
        return;
    const QRectF plot = geometry.plot();
    const double height = TimelineGeometry::UndatedHeight;
    // After the last lane, and kept in sight at the plot's foot while more lanes lie below.
    const double top = std::min(geometry.yOfRow(m_lanes.rowCount()), plot.bottom() - height);
    const QRectF band(geometry.area().left(), top, geometry.area().width(), height);
    painter.save();
    painter.setClipping(false);
    painter.fillRect(band.intersected(geometry.labels().united(plot)), QColor(0xee, 0xee, 0xee));
    painter.setPen(QPen(Faint, 1.0));
    painter.drawLine(QPointF(band.left(), top), QPointF(plot.right(), top));
    painter.setPen(Ink);
    painter.setFont(font(12, true));
    painter.drawText(QRectF(band.left() + 8, top, geometry.labels().width() - 14, band.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Undated"));
    painter.setFont(font(12));
    painter.setPen(Faint.darker(130));
    const auto count = static_cast<int>(m_lanes.undated().size());
    painter.drawText(QRectF(plot.left() + 10, top, plot.width() - 20, band.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("%1 %2 with no date: no place in time, shown in no year")
                         .arg(count)
                         .arg(count == 1 ? QStringLiteral("tie") : QStringLiteral("ties")));
    painter.restore();
}

void TimelinePainter::paintWindow(QPainter &painter, const TimelineGeometry &geometry, const TimelineFrame &frame) const
{
    // Down to the last lane (and the undated band), not through the empty plot below them.
    QRectF plot = geometry.plot();
    const double undated = m_lanes.hasUndatedLane() ? TimelineGeometry::UndatedHeight : 0.0;
    plot.setBottom(std::min(plot.bottom(), geometry.yOfRow(m_lanes.rowCount()) + undated));
    if (frame.hasWindow) {
        const double x0 = frame.windowFirst ? geometry.xOf(*frame.windowFirst) : plot.left() - 1;
        const double x1 = frame.windowLast ? geometry.xOf(*frame.windowLast + 1.0) : plot.right() + 1;
        // Outside the window is dimmed, as the canvas hides what lies outside it.
        const QColor veil(255, 255, 255, 150);
        painter.fillRect(QRectF(plot.left(), plot.top(), std::max(0.0, x0 - plot.left()), plot.height()), veil);
        painter.fillRect(QRectF(x1, plot.top(), std::max(0.0, plot.right() - x1), plot.height()), veil);
        painter.setPen(QPen(WindowEdge, 1.5));
        for (const double x : {x0, x1})
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.fillRect(QRectF(x0, plot.top(), x1 - x0, 3), WindowEdge);
    }
    if (frame.cursor) {
        const double x = geometry.xOf(*frame.cursor);
        painter.setPen(QPen(CursorColour, 2.0));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void TimelinePainter::paintKey(QPainter &painter, const TimelineGeometry &geometry) const
{
    const QRectF key = geometry.key();
    if (key.height() < 10)
        return;
    painter.save();
    painter.setPen(QPen(Grid, 1.0));
    painter.drawLine(key.topLeft(), key.topRight());
    painter.setFont(font(11));
    const QFontMetricsF metrics(painter.font());
    const QColor sample(0x55, 0x6b, 0x7d);
    // One sample bar per end kind, drawn by the bar painter itself so the key cannot lie.
    TimelineFrame keyFrame;
    keyFrame.firstDay = 0;
    keyFrame.lastDay = 100;
    keyFrame.showKey = false;
    struct Sample
    {
        TimelineEnd end;
        QString label;
    };
    const std::array<Sample, 6> samples{{{TimelineEnd::Exact, QStringLiteral("certain (solid) · possible (faded)")},
                                         {TimelineEnd::Approximate, QStringLiteral("approximate ~")},
                                         {TimelineEnd::Uncertain, QStringLiteral("uncertain ?")},
                                         {TimelineEnd::Bounded, QStringLiteral("bounded")},
                                         {TimelineEnd::Unknown, QStringLiteral("end unknown")},
                                         {TimelineEnd::Open, QStringLiteral("ongoing")}}};
    double x = key.left() + 10;
    const double y = key.top() + (key.height() - TimelineGeometry::RowHeight) / 2.0;
    for (const Sample &entry : samples) {
        const double width = 46.0;
        const auto sampleGeometry = TimelineGeometry::ofPlot(QRectF(x, y, width, TimelineGeometry::RowHeight), keyFrame);
        TimelineBar bar;
        bar.startEnd = TimelineEnd::Exact;
        bar.endEnd = entry.end;
        bar.possibleFirst = bar.reachFirst = 0;
        bar.certainFirst = 20;
        bar.certainLast = entry.end == TimelineEnd::Open ? DateInterval::Max : 60;
        bar.possibleLast = bar.reachLast = entry.end == TimelineEnd::Open ? DateInterval::Max : 99;
        painter.save();
        painter.setClipRect(QRectF(x - 1, key.top(), width + 2, key.height()));
        TimelineBarPainter(painter, sampleGeometry).paint(bar, sample, false);
        painter.restore();
        painter.setPen(Ink);
        const double textWidth = metrics.horizontalAdvance(entry.label);
        painter.drawText(QRectF(x + width + 6, key.top(), textWidth + 2, key.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         entry.label);
        x += width + textWidth + 22;
    }
    TimelineBar mark;
    mark.point = true;
    mark.startEnd = mark.endEnd = TimelineEnd::Exact;
    mark.possibleFirst = mark.possibleLast = 50;
    TimelineBarPainter(painter, TimelineGeometry::ofPlot(QRectF(x - 30, y, 60, TimelineGeometry::RowHeight), keyFrame))
        .paint(mark, sample, false);
    painter.setPen(Ink);
    painter.drawText(QRectF(x + 10, key.top(), 200, key.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("event or one-day tie"));
    painter.restore();
}

} // namespace tiescope
