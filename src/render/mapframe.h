// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>
#include <QTransform>

#include "layout/point.h"

namespace tiescope {

// Where the map lands on a device: a scale and an offset from map units (MapProjection) to
// device pixels, the area it is drawn in, and the spacing of an entity cluster's slots in
// pixels (clusters keep their size on screen whatever the zoom). Zoom and pan change it.
class MapFrame final
{
public:
    MapFrame() = default;
    // `map` (map units) fitted into `area` (pixels), centred, with a margin.
    [[nodiscard]] static MapFrame fit(const QRectF &map, const QRectF &area, double slotPixels);

    [[nodiscard]] QPointF toDevice(Point map) const;
    [[nodiscard]] QPointF toDevice(Point anchor, Point slotOffset) const;
    [[nodiscard]] Point toMap(const QPointF &device) const;
    [[nodiscard]] QTransform transform() const; // map units to pixels
    [[nodiscard]] double scale() const { return m_scale; }
    // Grows as one zooms in (up to three times), so a big cluster opens up for its labels.
    [[nodiscard]] double slotPixels() const;
    // The spacing at the fitted zoom: the least a cluster's slots are ever apart.
    [[nodiscard]] double baseSlotPixels() const { return m_slot; }
    [[nodiscard]] const QRectF &area() const { return m_area; }

    // Zooms by `factor` keeping the map point under `device` where it is; the scale stays
    // between the fitted world's and 60 times it.
    void zoomAt(const QPointF &device, double factor);
    void pan(const QPointF &delta);
    // Shows `map` (map units) centred in the area, as a zoom of this frame would: the slots
    // grow as they do when one zooms in by hand.
    void show(const QRectF &map);
    // The same view of the map in another area (the widget resized).
    void resize(const QRectF &area);
    // Draws in another area without moving the map (a fit into part of the area).
    void setArea(const QRectF &area) { m_area = area; }

private:
    double m_scale = 1.0;
    QPointF m_offset;
    QRectF m_area;
    double m_slot = 14.0;
    double m_minScale = 0.0;
    double m_fitScale = 0.0;
};

} // namespace tiescope
