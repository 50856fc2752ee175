// SPDX-License-Identifier: MIT
#include "render/devicearea.h"

#include <QImage>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>

namespace tiescope {

std::optional<DeviceArea> DeviceArea::of(QPainter *target, const QRectF &sceneRect)
{
    const QTransform transform = target->worldTransform();
    QPaintDevice *device = target->device();
    // Only where the pixels are ours to write: the raster engine, no rotation.
    if (!device || !target->paintEngine() || target->paintEngine()->type() != QPaintEngine::Raster ||
        transform.type() > QTransform::TxScale)
        return std::nullopt;
    DeviceArea area;
    area.m_ratio = device->devicePixelRatioF();
    const QRectF shown = transform.mapRect(sceneRect) & QRectF(0, 0, device->width(), device->height());
    if (!shown.isEmpty())
        area.m_pixels = QRectF(shown.topLeft() * area.m_ratio, shown.size() * area.m_ratio).toAlignedRect();
    area.m_toPixels = transform * QTransform::fromScale(area.m_ratio, area.m_ratio);
    return area;
}

QTransform DeviceArea::toImage() const
{
    return m_toPixels * QTransform::fromTranslate(-m_pixels.left(), -m_pixels.top());
}

void DeviceArea::composite(QPainter *target, const QImage &image) const
{
    target->save();
    target->resetTransform();
    target->drawImage(QRectF(QPointF(m_pixels.topLeft()) / m_ratio, QSizeF(m_pixels.size()) / m_ratio), image);
    target->restore();
}

} // namespace tiescope
