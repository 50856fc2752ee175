// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>

#include <QPoint>
#include <QWidget>

#include "model/strongid.h"
#include "render/timelineframe.h"
#include "timeline/timelinelanes.h"

namespace tiescope {

class Dataset;

// The timeline's drawing area: TimelinePainter over the lanes it is given. The wheel zooms in
// time around the cursor, a drag pans (time and lanes), a Shift-drag or a drag on the axis
// brushes a range of days, and a click picks the tie under the cursor. It holds no shared
// state: the dock tells it the window, the cursor and the selection, and hears its signals.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // New lanes (nullptr data: nothing open). `fit`: show every dated tie from the first lane.
    void setLanes(const Dataset *data, TimelineLanes lanes, bool fit);
    [[nodiscard]] const TimelineLanes &lanes() const { return m_lanes; }
    [[nodiscard]] const TimelineFrame &frame() const { return m_frame; }

    void setWindow(std::optional<std::int32_t> first, std::optional<std::int32_t> last, bool has);
    void setCursor(std::optional<std::int32_t> day);
    void setSelected(std::set<TieId> ties);
    // Brings the tie's first bar into view, scrolling as little as it takes.
    void reveal(TieId tie);
    void fitAll();
    // Shows days first..last (zooming and panning).
    void showDays(double first, double last);

    // The tie drawn at a point of the widget, if any.
    [[nodiscard]] std::optional<TieId> tieAt(const QPointF &point) const;
    // Where a tie's first bar is drawn now (the tests click there); empty when not shown.
    [[nodiscard]] std::optional<QPointF> pointOf(TieId tie) const;
    [[nodiscard]] double xOfDay(double day) const;

    [[nodiscard]] QSize sizeHint() const override { return {900, 260}; }
    [[nodiscard]] QSize minimumSizeHint() const override { return {320, 88}; }

signals:
    void tieClicked(std::optional<tiescope::TieId> tie);
    // A brushed range of days, first <= last.
    void brushed(std::int32_t first, std::int32_t last);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    enum class Drag : std::uint8_t { None, Pan, Brush };
    void clampRows();

    const Dataset *m_data = nullptr;
    TimelineLanes m_lanes;
    TimelineFrame m_frame;
    Drag m_drag = Drag::None;
    QPointF m_pressed;
    QPointF m_last;
    bool m_moved = false;
    std::optional<std::pair<double, double>> m_brush; // days while brushing
};

} // namespace tiescope
