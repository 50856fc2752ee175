// SPDX-License-Identifier: MIT
#include "app/timelineview.h"

#include <algorithm>
#include <cmath>

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include "render/timelineexporter.h"
#include "render/timelinegeometry.h"
#include "render/timelinepainter.h"

namespace tiescope {

namespace {

constexpr double MinSpanDays = 30.0;
constexpr double MaxSpanDays = 365.2425 * 3000;
constexpr double ClickSlop = 4.0;
const QColor BrushFill(0x1e, 0x6e, 0xdc, 40);

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setMouseTracking(false);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void TimelineView::setLanes(const Dataset *data, TimelineLanes lanes, bool fit)
{
    m_data = data;
    m_lanes = std::move(lanes);
    if (fit)
        fitAll();
    clampRows();
    update();
}

void TimelineView::fitAll()
{
    const TimelineFrame whole = TimelineExporter::wholeFrame(m_lanes);
    m_frame.firstDay = whole.firstDay;
    m_frame.lastDay = whole.lastDay;
    m_frame.firstRow = 0.0;
    update();
}

void TimelineView::showDays(double first, double last)
{
    const double span = std::clamp(last - first, MinSpanDays, MaxSpanDays);
    const double middle = (first + last) / 2.0;
    m_frame.firstDay = middle - span / 2.0;
    m_frame.lastDay = middle + span / 2.0;
    update();
}

void TimelineView::setWindow(std::optional<std::int32_t> first, std::optional<std::int32_t> last, bool has)
{
    m_frame.windowFirst = first;
    m_frame.windowLast = last;
    m_frame.hasWindow = has;
    update();
}

void TimelineView::setCursor(std::optional<std::int32_t> day)
{
    m_frame.cursor = day;
    // Play sweeps on: the timeline follows the cursor when it leaves the view.
    if (day && (*day < m_frame.firstDay || *day > m_frame.lastDay)) {
        const double span = m_frame.lastDay - m_frame.firstDay;
        m_frame.firstDay = *day - span * 0.8;
        m_frame.lastDay = m_frame.firstDay + span;
    }
    update();
}

void TimelineView::setSelected(std::set<TieId> ties)
{
    m_frame.selected = std::move(ties);
    update();
}

void TimelineView::reveal(TieId tie)
{
    const auto bars = m_lanes.barsOf(tie);
    if (bars.empty())
        return;
    const TimelineBar &bar = m_lanes.bars()[bars.front()];
    const TimelineGeometry geometry(rect(), m_frame);
    const double rows = std::max(1.0, geometry.visibleRows() - 2.0); // the undated band stays clear
    if (bar.row < m_frame.firstRow || bar.row + 1 > m_frame.firstRow + rows)
        m_frame.firstRow = std::max(0.0, bar.row - rows / 2.0);
    const double first = std::max<double>(bar.reachFirst, m_lanes.firstDay().value_or(0));
    const double last = std::min<double>(bar.reachLast, m_lanes.lastDay().value_or(0));
    if (last < m_frame.firstDay || first > m_frame.lastDay) {
        const double span = m_frame.lastDay - m_frame.firstDay;
        m_frame.firstDay = (first + std::min(last, first + span)) / 2.0 - span / 2.0;
        m_frame.lastDay = m_frame.firstDay + span;
    }
    clampRows();
    update();
}

void TimelineView::clampRows()
{
    const TimelineGeometry geometry(rect(), m_frame);
    const double extra = m_lanes.hasUndatedLane() ? TimelineGeometry::UndatedHeight / TimelineGeometry::RowHeight + 0.5 : 0.0;
    const double most = std::max(0.0, m_lanes.rowCount() + extra - geometry.visibleRows());
    m_frame.firstRow = std::clamp(m_frame.firstRow, 0.0, most);
}

double TimelineView::xOfDay(double day) const
{
    return TimelineGeometry(rect(), m_frame).xOf(day);
}

std::optional<TieId> TimelineView::tieAt(const QPointF &point) const
{
    const TimelineGeometry geometry(rect(), m_frame);
    if (!geometry.plot().contains(point))
        return std::nullopt;
    const double row = std::floor(geometry.rowAt(point.y()));
    if (row < 0 || row >= m_lanes.rowCount())
        return std::nullopt;
    const double slop = ClickSlop / geometry.pixelsPerDay();
    const double day = geometry.dayAt(point.x());
    const auto r = static_cast<std::uint32_t>(row);
    const auto found = m_lanes.query(r, r, static_cast<std::int32_t>(std::floor(day - slop)),
                                     static_cast<std::int32_t>(std::ceil(day + slop)));
    std::optional<TieId> best;
    double bestDistance = 0.0;
    for (const std::size_t index : found) {
        const TimelineBar &bar = m_lanes.bars()[index];
        const double middle = (std::max<double>(bar.reachFirst, m_frame.firstDay) +
                               std::min<double>(bar.reachLast, m_frame.lastDay)) / 2.0;
        const double distance = std::abs(middle - day);
        if (!best || distance < bestDistance) {
            best = bar.tie;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<QPointF> TimelineView::pointOf(TieId tie) const
{
    const auto bars = m_lanes.barsOf(tie);
    if (bars.empty())
        return std::nullopt;
    const TimelineBar &bar = m_lanes.bars()[bars.front()];
    const TimelineGeometry geometry(rect(), m_frame);
    const QRectF plot = geometry.plot();
    const double x0 = std::max(plot.left() + 1, bar.reachFirst <= m_frame.firstDay ? plot.left() + 1 : geometry.xOf(bar.reachFirst));
    const double x1 = std::min(plot.right() - 1, bar.reachLast >= m_frame.lastDay ? plot.right() - 1 : geometry.xOf(bar.reachLast + 1.0));
    const QPointF point(bar.point ? geometry.xOf((bar.possibleFirst + bar.possibleLast + 1.0) / 2.0) : (x0 + x1) / 2.0,
                        geometry.yOfRow(bar.row + 0.5));
    if (!plot.contains(point))
        return std::nullopt;
    return point;
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (!m_data) {
        painter.fillRect(rect(), palette().window());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No data open"));
        return;
    }
    TimelinePainter(*m_data, m_lanes).paint(painter, rect(), m_frame);
    if (m_brush) {
        const TimelineGeometry geometry(rect(), m_frame);
        const double x0 = geometry.xOf(std::min(m_brush->first, m_brush->second));
        const double x1 = geometry.xOf(std::max(m_brush->first, m_brush->second));
        painter.fillRect(QRectF(x0, geometry.axis().top(), x1 - x0, geometry.plot().bottom() - geometry.axis().top()),
                         BrushFill);
    }
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const TimelineGeometry geometry(rect(), m_frame);
    const double anchor = geometry.dayAt(event->position().x());
    const double factor = std::pow(0.85, event->angleDelta().y() / 120.0);
    const double span = std::clamp((m_frame.lastDay - m_frame.firstDay) * factor, MinSpanDays, MaxSpanDays);
    // The day under the cursor stays under it.
    const double share = (anchor - m_frame.firstDay) / (m_frame.lastDay - m_frame.firstDay);
    m_frame.firstDay = anchor - share * span;
    m_frame.lastDay = m_frame.firstDay + span;
    event->accept();
    update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const TimelineGeometry geometry(rect(), m_frame);
    m_pressed = m_last = event->position();
    m_moved = false;
    const bool onAxis = geometry.axis().contains(m_pressed);
    m_drag = (event->modifiers() & Qt::ShiftModifier) || onAxis ? Drag::Brush : Drag::Pan;
    if (m_drag == Drag::Brush)
        m_brush = std::make_pair(geometry.dayAt(m_pressed.x()), geometry.dayAt(m_pressed.x()));
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return;
    const QPointF at = event->position();
    if ((at - m_pressed).manhattanLength() > ClickSlop)
        m_moved = true;
    const TimelineGeometry geometry(rect(), m_frame);
    if (m_drag == Drag::Brush) {
        m_brush->second = geometry.dayAt(at.x());
    } else {
        const double days = (at.x() - m_last.x()) / geometry.pixelsPerDay();
        m_frame.firstDay -= days;
        m_frame.lastDay -= days;
        m_frame.firstRow -= (at.y() - m_last.y()) / TimelineGeometry::RowHeight;
        clampRows();
    }
    m_last = at;
    update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    const auto brush = m_brush;
    m_brush.reset();
    update();
    if (drag == Drag::Brush && m_moved && brush) {
        const double first = std::min(brush->first, brush->second);
        const double last = std::max(brush->first, brush->second);
        emit brushed(static_cast<std::int32_t>(std::floor(first)), static_cast<std::int32_t>(std::floor(last)));
    } else if (!m_moved) {
        emit tieClicked(tieAt(event->position()));
    }
    event->accept();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    clampRows();
}

} // namespace tiescope
