// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QImage>
#include <QRectF>

class QPainter;

namespace tiescope {

// Strokes painted into an image of the exposed pixels on a thread of Qt's global pool, then
// composited with one drawImage(). Why: the raster engine hands every batch of translucent
// antialiased spans (a hundred or more) to that same pool and waits for it; a close-up of
// wide dashed ties makes thousands of such batches, and the hand-offs, not the pixels, cost
// hundreds of milliseconds a frame. From a pool thread the engine fills them in place.
// Source-over onto transparent, then source-over onto the frame, gives the same pixels.
class StrokeLayer final
{
public:
    // Draws through `draw` (given a painter with the target's transform) onto the target,
    // covering `sceneRect`. False when the target is not a raster image without rotation
    // (an SVG or PDF export): the caller then draws directly.
    bool paint(QPainter *target, const QRectF &sceneRect, const std::function<void(QPainter *)> &draw);

private:
    QImage m_image; // reused between frames
};

} // namespace tiescope
