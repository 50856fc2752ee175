// SPDX-License-Identifier: MIT
#include "render/halotext.h"

#include <QPainter>
#include <QPainterPath>
#include <QPainterPathStroker>

namespace tiescope {

void HaloText::draw(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                    const QColor &colour, double halo)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(haloColour(), halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(path);
    painter->restore();
}

QPainterPath HaloText::halo(const QPainterPath &text, double halo)
{
    QPainterPathStroker stroker;
    stroker.setWidth(halo);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(text);
}

} // namespace tiescope
