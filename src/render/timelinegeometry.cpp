// SPDX-License-Identifier: MIT
#include "render/timelinegeometry.h"

#include <algorithm>
#include <cmath>

namespace tiescope {

TimelineGeometry::TimelineGeometry(const QRectF &area, const TimelineFrame &frame) : m_area(area), m_frame(frame)
{
    const double key = frame.showKey ? KeyHeight : 0.0;
    const double labels = std::min(LabelWidth, area.width() * 0.3);
    m_plot = QRectF(area.left() + labels, area.top() + AxisHeight, std::max(1.0, area.width() - labels),
                    std::max(1.0, area.height() - AxisHeight - key));
}

TimelineGeometry TimelineGeometry::ofPlot(const QRectF &plot, const TimelineFrame &frame)
{
    TimelineGeometry geometry(plot, frame);
    geometry.m_plot = plot;
    return geometry;
}

QRectF TimelineGeometry::axis() const
{
    return {m_plot.left(), m_area.top(), m_plot.width(), AxisHeight};
}

QRectF TimelineGeometry::labels() const
{
    return {m_area.left(), m_plot.top(), m_plot.left() - m_area.left(), m_plot.height()};
}

QRectF TimelineGeometry::key() const
{
    return {m_area.left(), m_plot.bottom(), m_area.width(), m_area.bottom() - m_plot.bottom()};
}

double TimelineGeometry::pixelsPerDay() const
{
    return m_plot.width() / std::max(1e-6, m_frame.lastDay - m_frame.firstDay);
}

double TimelineGeometry::xOf(double day) const
{
    return m_plot.left() + (day - m_frame.firstDay) * pixelsPerDay();
}

double TimelineGeometry::dayAt(double x) const
{
    return m_frame.firstDay + (x - m_plot.left()) / pixelsPerDay();
}

double TimelineGeometry::yOfRow(double row) const
{
    return m_plot.top() + (row - m_frame.firstRow) * RowHeight;
}

double TimelineGeometry::rowAt(double y) const
{
    return m_frame.firstRow + (y - m_plot.top()) / RowHeight;
}

std::uint32_t TimelineGeometry::firstVisibleRow() const
{
    return static_cast<std::uint32_t>(std::max(0.0, std::floor(m_frame.firstRow)));
}

std::uint32_t TimelineGeometry::lastWholeRow() const
{
    const double last = std::floor(m_frame.firstRow + visibleRows()) - 1.0;
    return static_cast<std::uint32_t>(std::max(std::ceil(m_frame.firstRow), last));
}

} // namespace tiescope
