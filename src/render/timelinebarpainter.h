// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QRectF>

#include "timeline/timelineend.h"

class QPainter;

namespace tiescope {

class TimelineGeometry;
struct TimelineBar;

// Draws one tie on the timeline so its uncertainty shows: the certain span solid, the rest of
// the possible span faded; an approximate end fades in or out, an uncertain end has a whisker,
// a bounded end is hatched, an unknown end fades out, an open end runs to the edge as an arrow;
// a point event is a diamond (hollow when its date is not exact).
class TimelineBarPainter final
{
public:
    TimelineBarPainter(QPainter &painter, const TimelineGeometry &geometry);

    void paint(const TimelineBar &bar, const QColor &colour, bool selected) const;

private:
    void paintPoint(const TimelineBar &bar, const QColor &colour, double top, bool selected) const;
    // The zone from `outer` (the far end of the possible span) to `inner` (the nearest day
    // known for certain), styled by what the source says of that end.
    void paintEnd(TimelineEnd end, double outer, double inner, double top, const QColor &colour) const;
    void paintArrow(double x, double top, bool right, const QColor &colour) const;
    [[nodiscard]] double clampedX(double day) const;

    QPainter &m_painter;
    const TimelineGeometry &m_geometry;
};

} // namespace tiescope
