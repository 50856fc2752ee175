// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>

#include <QRectF>

#include "render/timelineframe.h"

namespace tiescope {

// Where things go on the timeline: a column of lane labels on the left, the time axis on top,
// rows beneath it, and the key at the bottom. Shared by the painter and the widget's hit tests.
class TimelineGeometry final
{
public:
    static constexpr double LabelWidth = 190.0;
    static constexpr double AxisHeight = 30.0;
    static constexpr double KeyHeight = 24.0;
    static constexpr double RowHeight = 18.0;
    static constexpr double BarHeight = 11.0;
    static constexpr double UndatedHeight = RowHeight * 1.5; // the undated band after the lanes

    TimelineGeometry(const QRectF &area, const TimelineFrame &frame);
    // Only a plot, without labels, axis or key (the key's samples).
    [[nodiscard]] static TimelineGeometry ofPlot(const QRectF &plot, const TimelineFrame &frame);

    [[nodiscard]] const QRectF &area() const { return m_area; }
    [[nodiscard]] QRectF plot() const { return m_plot; }      // where bars are drawn
    [[nodiscard]] QRectF axis() const;                         // above the plot
    [[nodiscard]] QRectF labels() const;                       // left of the plot
    [[nodiscard]] QRectF key() const;                          // below the plot (may be empty)

    [[nodiscard]] double xOf(double day) const;
    [[nodiscard]] double dayAt(double x) const;
    [[nodiscard]] double yOfRow(double row) const; // top of the row
    [[nodiscard]] double rowAt(double y) const;
    // The first row that shows, at least partly, in the plot.
    [[nodiscard]] std::uint32_t firstVisibleRow() const;
    // The last row wholly inside the plot (what is drawn: SVG output cannot clip a row in half).
    [[nodiscard]] std::uint32_t lastWholeRow() const;
    [[nodiscard]] double visibleRows() const { return m_plot.height() / RowHeight; }
    [[nodiscard]] double pixelsPerDay() const;

private:
    QRectF m_area;
    QRectF m_plot;
    TimelineFrame m_frame;
};

} // namespace tiescope
