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
    // Runs `job` on a thread of Qt's global pool and waits; here when already on one or when
    // the pool is busy. For QPainter work on an image of our own, for the reason above.
    static void runOnPool(const std::function<void()> &job);
    // Runs `there` on a thread of the pool while `here` runs on this one, and waits for both:
    // the two cores on one frame. Both here, one after the other, when already on a pool thread
    // or when the pool is busy.
    static void runBeside(const std::function<void()> &here, const std::function<void()> &there);

private:
    QImage m_image; // reused between frames
};

} // namespace tiescope
