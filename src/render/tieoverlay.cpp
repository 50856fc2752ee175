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
    if (!m_selected || !geometry.isShown(m_selected->value()))
        return;
    const double px = pixelOf(lod);
    const TieGeometry::Curve &g = geometry.curve(m_selected->value());
    QPainterPath path(g.p0);
    path.quadTo(g.control, g.p1);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(SelectionHalo, SelectionHaloPixels * px, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(path);
    const Dataset &data = m_graph->dataset();
    const QColor colour = TieStyle::domainColour(data.domain(data.ties()[m_selected->index()].domain));
    painter->setPen(QPen(colour, SelectionPixels * px, Qt::SolidLine, Qt::RoundCap));
    painter->drawPath(path);
}

} // namespace tiescope
