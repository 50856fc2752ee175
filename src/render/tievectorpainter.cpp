// SPDX-License-Identifier: MIT
#include "render/tievectorpainter.h"

#include <algorithm>

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include "render/tieframe.h"
#include "render/tiestroke.h"
#include "render/tiestyletable.h"

namespace tiescope {

using namespace tiedrawing;

namespace {

constexpr double ClipSlackPixels = 2.0; // TieStroke keeps what is this much beyond the pen's reach

} // namespace

void TieVectorPainter::paint(QPainter *painter, const TieFrame &frame, Pass pass)
{
    for (const std::uint32_t style : m_styles->drawOrder())
        paintStyle(painter, style, frame, pass);
}

void TieVectorPainter::paintStyle(QPainter *painter, std::size_t style, const TieFrame &frame, Pass pass)
{
    const TieStyleTable::Style &s = m_styles->style(style);
    const double lod = frame.lod();
    const QRectF &exposed = frame.exposed();
    QColor colour = pass == Pass::Dimmed ? dimmed(s.colour) : s.colour;
    const double width = visibleWidth(s.width, lod);
    QPen pen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    const bool far = frame.isFar();
    const double devicePixels = width * lod;
    if (devicePixels <= ThinPixels) {
        // About a pixel wide on screen: a one-pixel cosmetic pen, which the raster engine
        // draws along the path directly, where a wider pen is first turned into an outline
        // and filled (seconds for a few thousand dashed curves). The fainter colour keeps
        // strong ties apart from weak ones.
        pen.setCosmetic(true);
        pen.setWidthF(1.0);
        if (devicePixels > 1.0)
            colour.setAlphaF(std::min(1.0f, colour.alphaF() * static_cast<float>(devicePixels)));
        pen.setColor(colour);
    }
    // On the raster engine the visible part of each curve is cut into dashes here (see
    // TieStroke); a vector export keeps whole curves and its dashed pen.
    const double pixel = pixelOf(lod);
    const double penReach = pen.isCosmetic() ? pixel : width;
    const bool clipped = !far && painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    const double reach = penReach + ClipSlackPixels * pixel;
    TieStroke stroke(exposed.adjusted(-reach, -reach, reach, reach), pixel);
    // A QPen's dashes are in pen widths; a cosmetic pen is one pixel wide.
    stroke.setDashes(s.dashes, pen.isCosmetic() ? pixel : width);
    if (!s.dashes.isEmpty() && !far && !clipped)
        pen.setDashPattern(s.dashes);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    QPainterPath curves;
    QPainterPath arrows;
    m_lines.clear();
    const double arrowReach = (ArrowLength + ArrowHalfWidth) * ArrowMaxScale;
    const QRectF arrowArea = exposed.adjusted(-arrowReach, -arrowReach, arrowReach, arrowReach);
    const TieGeometry &geometry = frame.geometry();
    for (const std::uint32_t tie : m_styles->tiesOf(style)) {
        if (!frame.draws(tie, pass))
            continue;
        const TieGeometry::Curve &g = geometry.curve(tie);
        if (far) {
            m_lines.append(QLineF(g.p0, g.p1));
            continue;
        }
        if (clipped) {
            stroke.addQuad(m_lines, g.p0, g.control, g.p1);
        } else {
            curves.moveTo(g.p0);
            curves.quadTo(g.control, g.p1);
        }
        if (m_styles->isDirected(tie) && (!clipped || arrowArea.contains(g.p1)))
            addArrowhead(arrows, g.control, g.p1, width);
    }
    if (!m_lines.isEmpty())
        painter->drawLines(m_lines);
    if (far)
        return;
    if (!curves.isEmpty())
        painter->drawPath(curves);
    if (!arrows.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(arrows);
    }
}

} // namespace tiescope
