// SPDX-License-Identifier: MIT
#include "render/strokelayer.h"

#include <optional>

#include <QPainter>

#include "render/devicearea.h"
#include "render/pooljobs.h"

namespace tiescope {

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
    PoolJobs::runOnPool(job);
    area->composite(target, m_image);
    return true;
}

} // namespace tiescope
