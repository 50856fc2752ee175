// SPDX-License-Identifier: MIT
#include "render/strokelayer.h"

#include <optional>

#include <QPainter>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include "render/devicearea.h"

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

void StrokeLayer::runBeside(const std::function<void()> &here, const std::function<void()> &there)
{
    QThreadPool *pool = QThreadPool::globalInstance();
    QSemaphore done;
    const bool beside = !pool->contains(QThread::currentThread()) && pool->tryStart([&] {
        there();
        done.release();
    });
    here();
    if (beside)
        done.acquire();
    else
        there();
}

bool StrokeLayer::paint(QPainter *target, const QRectF &sceneRect, const std::function<void(QPainter *)> &draw)
{
    const std::optional<DeviceArea> area = DeviceArea::of(target, sceneRect);
    if (!area)
        return false;
    if (area->isEmpty())
        return true;
    if (m_image.size() != area->pixels().size())
        m_image = QImage(area->pixels().size(), QImage::Format_ARGB32_Premultiplied);
    m_image.fill(Qt::transparent);
    const QTransform toImage = area->toImage();
    const QPainter::RenderHints hints = target->renderHints();
    const auto job = [&] {
        QPainter painter(&m_image);
        painter.setRenderHints(hints);
        painter.setTransform(toImage);
        draw(&painter);
    };
    runOnPool(job);
    area->composite(target, m_image);
    return true;
}

} // namespace tiescope
