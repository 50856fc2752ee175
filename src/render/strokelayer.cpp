// SPDX-License-Identifier: MIT
#include "render/strokelayer.h"

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

namespace tiescope {

void StrokeLayer::runOnPool(const std::function<void()> &job)
{
    // Already on a pool thread (or the pool is busy, with a layout say): here, as before.
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore done;
    if (!pool->contains(QThread::currentThread()) && pool->tryStart([&] {
            job();
            done.release();
        }))
        done.acquire();
    else
        job();
}

bool StrokeLayer::paint(QPainter *target, const QRectF &sceneRect, const std::function<void(QPainter *)> &draw)
{
    const QTransform transform = target->worldTransform();
    QPaintDevice *device = target->device();
    if (!device || !target->paintEngine() || target->paintEngine()->type() != QPaintEngine::Raster ||
        transform.type() > QTransform::TxScale)
        return false;
    const double ratio = device->devicePixelRatioF();
    const QRectF shown = transform.mapRect(sceneRect) & QRectF(0, 0, device->width(), device->height());
    if (shown.isEmpty())
        return true;
    const QRect pixels = QRectF(shown.topLeft() * ratio, shown.size() * ratio).toAlignedRect();
    if (m_image.size() != pixels.size())
        m_image = QImage(pixels.size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    const QTransform toImage =
        transform * QTransform::fromScale(ratio, ratio) * QTransform::fromTranslate(-pixels.left(), -pixels.top());
    const QPainter::RenderHints hints = target->renderHints();
    const auto job = [&] {
        QPainter painter(&m_image);
        painter.setRenderHints(hints);
        painter.setTransform(toImage);
        draw(&painter);
    };
    runOnPool(job);
    target->save();
    target->resetTransform();
    target->drawImage(QRectF(QPointF(pixels.topLeft()) / ratio, QSizeF(pixels.size()) / ratio), m_image);
    target->restore();
    return true;
}

} // namespace tiescope
