// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QRect>
#include <QTransform>

class QImage;
class QPainter;
class QRectF;

namespace tiescope {

// Where a scene rectangle lands on a raster paint device: the device pixels it covers and
// the transform from scene to those pixels. For the painters that fill an image of their own
// and composite it with one drawImage() (StrokeLayer, TieRasterPainter).
class DeviceArea final
{
public:
    // Nothing when the target is not the raster engine or is rotated: an SVG or PDF export
    // keeps its vector drawing.
    [[nodiscard]] static std::optional<DeviceArea> of(QPainter *target, const QRectF &sceneRect);

    [[nodiscard]] bool isEmpty() const { return m_pixels.isEmpty(); } // nothing of it on the device
    [[nodiscard]] const QRect &pixels() const { return m_pixels; }
    [[nodiscard]] double ratio() const { return m_ratio; }                  // device pixels per logical pixel
    [[nodiscard]] const QTransform &toPixels() const { return m_toPixels; } // scene to device pixels
    [[nodiscard]] QTransform toImage() const;                               // scene to an image of pixels()
    // Draws an image of pixels() over the target where those pixels are.
    void composite(QPainter *target, const QImage &image) const;

private:
    QRect m_pixels;
    double m_ratio = 1.0;
    QTransform m_toPixels;
};

} // namespace tiescope
