// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>

#include "render/timelineframe.h"

class QPainter;

namespace tiescope {

class Dataset;
class TimelineGeometry;
class TimelineLanes;

// Draws a frame of the timeline: year axis, lane labels, the bars of the visible rows only
// (asked from the lanes' index), the undated lane, the date window, the play cursor and the
// key. The Timeline dock, PNG and SVG exports all draw through this class.
class TimelinePainter final
{
public:
    TimelinePainter(const Dataset &data, const TimelineLanes &lanes);

    void paint(QPainter &painter, const QRectF &area, const TimelineFrame &frame) const;

    // A year step for ticks at least minPixels apart.
    [[nodiscard]] static int yearStep(double pixelsPerYear, double minPixels);

private:
    void paintAxis(QPainter &painter, const TimelineGeometry &geometry, const TimelineFrame &frame) const;
    void paintLanes(QPainter &painter, const TimelineGeometry &geometry) const;
    void paintBars(QPainter &painter, const TimelineGeometry &geometry, const TimelineFrame &frame) const;
    void paintUndated(QPainter &painter, const TimelineGeometry &geometry) const;
    void paintWindow(QPainter &painter, const TimelineGeometry &geometry, const TimelineFrame &frame) const;
    void paintKey(QPainter &painter, const TimelineGeometry &geometry) const;

    const Dataset &m_data;
    const TimelineLanes &m_lanes;
};

} // namespace tiescope
