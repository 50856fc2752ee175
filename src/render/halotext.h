// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace tiescope {

// Text with a white halo, legible over outlines, shading and arcs (the map's labels).
class HaloText final
{
public:
    // `baseline` is the left end of the text's baseline.
    static void draw(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                     const QColor &colour, double halo = 3.0);
};

} // namespace tiescope
