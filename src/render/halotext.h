// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QFont>
#include <QPainterPath>
#include <QPointF>
#include <QString>

class QPainter;

namespace tiescope {

// Text with a white halo, legible over outlines, shading, arcs and ties (the map's and the
// canvas's labels).
class HaloText final
{
public:
    // `baseline` is the left end of the text's baseline.
    static void draw(QPainter *painter, const QPointF &baseline, const QString &text, const QFont &font,
                     const QColor &colour, double halo = 3.0);
    // Only the halo, around text already made into a path (an item drawing the same label every
    // frame keeps it); the text is then drawn over it as text, so vector exports keep it as text.
    static void drawHalo(QPainter *painter, const QPainterPath &text, double halo = 3.0);
};

} // namespace tiescope
