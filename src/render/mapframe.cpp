// SPDX-License-Identifier: MIT
#include "render/mapframe.h"

#include <algorithm>
#include <cmath>

#include "geo/mapprojection.h"

namespace tiescope {

MapFrame MapFrame::fit(const QRectF &map, const QRectF &area, double slotPixels)
{
    MapFrame frame;
    frame.m_area = area;
    frame.m_slot = slotPixels;
    const QRectF inner = area.adjusted(8, 8, -8, -8);
    if (map.isEmpty() || inner.isEmpty())
        return frame;
    frame.m_scale = std::min(inner.width() / map.width(), inner.height() / map.height());
    frame.m_offset = inner.center() - map.center() * frame.m_scale;
    const double worldWidth = MapProjection::bottomRight().x - MapProjection::topLeft().x;
    frame.m_fitScale = frame.m_scale;
    frame.m_minScale = std::min(frame.m_scale, 0.6 * area.width() / worldWidth);
    return frame;
}

double MapFrame::slotPixels() const
{
    if (m_fitScale <= 0.0)
        return m_slot;
    return m_slot * std::clamp(std::sqrt(m_scale / m_fitScale), 1.0, 3.0);
}

QPointF MapFrame::toDevice(Point map) const
{
    return QPointF(map.x, map.y) * m_scale + m_offset;
}

QPointF MapFrame::toDevice(Point anchor, Point slotOffset) const
{
    return toDevice(anchor) + QPointF(slotOffset.x, slotOffset.y) * slotPixels();
}

Point MapFrame::toMap(const QPointF &device) const
{
    const QPointF map = (device - m_offset) / m_scale;
    return Point{map.x(), map.y()};
}

QTransform MapFrame::transform() const
{
    return QTransform(m_scale, 0, 0, m_scale, m_offset.x(), m_offset.y());
}

void MapFrame::zoomAt(const QPointF &device, double factor)
{
    const Point fixed = toMap(device);
    const double floor = m_minScale > 0.0 ? m_minScale : m_scale;
    m_scale = std::clamp(m_scale * factor, floor, floor * 60.0);
    m_offset = device - QPointF(fixed.x, fixed.y) * m_scale;
}

void MapFrame::show(const QRectF &map)
{
    const QRectF inner = m_area.adjusted(8, 8, -8, -8);
    if (map.isEmpty() || inner.isEmpty())
        return;
    const double floor = m_minScale > 0.0 ? m_minScale : m_scale;
    m_scale = std::clamp(std::min(inner.width() / map.width(), inner.height() / map.height()), floor, floor * 60.0);
    m_offset = inner.center() - map.center() * m_scale;
}

void MapFrame::pan(const QPointF &delta)
{
    m_offset += delta;
}

void MapFrame::resize(const QRectF &area)
{
    m_offset += area.center() - m_area.center();
    m_area = area;
}

} // namespace tiescope
