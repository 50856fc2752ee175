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
    drawHalo(painter, path, halo);
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawPath(path);
    painter->restore();
}

void HaloText::drawHalo(QPainter *painter, const QPainterPath &text, double halo)
{
    painter->save();
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(QColor(255, 255, 255, 230), halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->drawPath(text);
    painter->restore();
}

} // namespace tiescope
