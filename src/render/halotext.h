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
    // The halo around text made into a path, as an outline to fill with haloColour(): an item
    // drawing the same label every frame keeps it, and draws the text over it as text, so
    // vector exports keep it as text.
    [[nodiscard]] static QPainterPath halo(const QPainterPath &text, double halo = 3.0);
    [[nodiscard]] static QColor haloColour() { return {255, 255, 255, 230}; }
};

} // namespace tiescope
