// SPDX-License-Identifier: MIT
#include "render/tieoverlay.h"

#include <QPainter>
#include <QPainterPath>

#include "model/dataset.h"
#include "render/tiedrawing.h"
#include "render/tiegeometry.h"
#include "render/tiestyle.h"

namespace tiescope {

using namespace tiedrawing;

void TieOverlay::paintStruck(QPainter *painter, const TieGeometry &geometry, const QRectF &exposed, double lod) const
{
    if (m_struck.empty())
        return;
    painter->setPen(QPen(StruckColour, StruckPixels * pixelOf(lod), Qt::DashLine, Qt::FlatCap));
    painter->setBrush(Qt::NoBrush);
    QPainterPath struck;
    for (std::uint32_t i = 0; i < m_struck.size() && i < geometry.size(); ++i) {
        const TieGeometry::Curve &g = geometry.curve(i);
        if (m_struck[i] && geometry.isShown(i) && g.bounds.intersects(exposed)) {
            struck.moveTo(g.p0);
            struck.quadTo(g.control, g.p1);
        }
    }
    painter->drawPath(struck);
}

void TieOverlay::paintSelected(QPainter *painter, const TieGeometry &geometry, double lod) const
{
    const double px = pixelOf(lod);
    const Dataset &data = m_graph->dataset();
    painter->setBrush(Qt::NoBrush);
    for (const TieId tie : m_selected) {
        if (!geometry.isShown(tie.value()))
            continue;
        const TieGeometry::Curve &g = geometry.curve(tie.value());
        QPainterPath path(g.p0);
        path.quadTo(g.control, g.p1);
        painter->setPen(QPen(SelectionHalo, SelectionHaloPixels * px, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
        const QColor colour = TieStyle::domainColour(data.domain(data.ties()[tie.index()].domain));
        painter->setPen(QPen(colour, SelectionPixels * px, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
    }
}

} // namespace tiescope
