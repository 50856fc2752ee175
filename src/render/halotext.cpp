// SPDX-License-Identifier: MIT
#include "render/halotext.h"

#include <QPainter>
#include <QPainterPath>

namespace tiescope {

void HaloText::draw(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                    const QColor &colour, double halo)
{
    QPainterPath path;
    path.addText(baseline, font, text);
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(255, 255, 255, 230), halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(path);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(path);
    painter->restore();
}

} // namespace tiescope
