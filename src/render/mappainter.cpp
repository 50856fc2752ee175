// SPDX-License-Identifier: MIT
#include "render/mappainter.h"

#include <algorithm>

#include <QLineF>
#include <QPainter>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/kindshape.h"
#include "render/maparcpainter.h"
#include "render/maplabels.h"
#include "render/mapframe.h"
#include "render/mappicture.h"
#include "render/mapscreen.h"
#include "render/mapshade.h"
#include "render/tiedrawing.h"

namespace tiescope {

namespace {


KindShape::Glyph glyphOf(const Dataset &data, EntityId entity)
{
    const KindId kind = data.entity(entity).kind;
    return KindShape::glyphFor(data.kind(kind).key, kind.index());
}

} // namespace

void MapPainter::paint(QPainter *painter, const MapPicture &picture, const MapFrame &frame)
{
    painter->save();
    painter->setClipRect(frame.area());
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    paintCountries(painter, picture, frame);
    if (picture.view() && picture.placement()) {
        const MapScreen screen = picture.screen(frame);
        paintLeaders(painter, picture, screen);
        MapArcPainter::paint(painter, picture, screen);
        paintEntities(painter, picture, frame, screen);
        MapLabels::paint(painter, picture, frame, screen);
    }
    painter->restore();
}

void MapPainter::paintCountries(QPainter *painter, const MapPicture &picture, const MapFrame &frame)
{
    const QTransform transform = frame.transform();
    // Sea to the frame's edges, so a wide map in a tall area reads as a map, not a strip.
    painter->fillRect(frame.area(), MapShade::sea());
    const CountryMeasure *measure = picture.measure();
    const auto &paths = picture.countryPaths();
    // Borders a hair wide at any zoom: thin white lines read as borders, not as drawing.
    QPen border(QColor(0xff, 0xff, 0xff), 0.8);
    border.setCosmetic(true);
    const QRectF visible = frame.area();
    for (std::size_t c = 0; c < paths.size(); ++c) {
        const QPainterPath path = transform.map(paths[c]);
        if (!path.boundingRect().intersects(visible))
            continue;
        const CountryId country(c);
        painter->setBrush(measure ? MapShade::fill(*measure, measure->value(country)) : MapShade::land());
        painter->setPen(border);
        painter->drawPath(path);
    }
}

void MapPainter::paintLeaders(QPainter *painter, const MapPicture &picture, const MapScreen &screen)
{
    // A cluster moved off its crowded country keeps a thin line to where it belongs.
    const MapPlacement &placement = *picture.placement();
    QPen leader(QColor(0x54, 0x6e, 0x7a, 170), 1.0);
    for (std::size_t c = 0; c < placement.countryCount(); ++c) {
        if (placement.entitiesIn(CountryId(c)).empty())
            continue;
        const QPointF home = screen.homes[c], cluster = screen.clusters[c];
        if (QLineF(home, cluster).length() < 3.0)
            continue;
        painter->setPen(leader);
        painter->drawLine(home, cluster);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x54, 0x6e, 0x7a));
        painter->drawEllipse(home, 2.2, 2.2);
    }
}

void MapPainter::paintEntities(QPainter *painter, const MapPicture &picture, const MapFrame &frame,
                               const MapScreen &screen)
{
    const Dataset &data = picture.view()->graph().dataset();
    const MapPlacement &placement = *picture.placement();
    for (const EntityId entity : placement.placed()) {
        const QPointF at = *screen.entities[entity.index()];
        if (!frame.area().adjusted(-10, -10, 10, 10).contains(at))
            continue;
        const KindShape::Glyph glyph = glyphOf(data, entity);
        const double radius = picture.markerRadius(entity) * KindShape::visualScale(glyph);
        QTransform place;
        place.translate(at.x(), at.y());
        place.scale(radius, radius);
        const QPainterPath shape = place.map(KindShape::path(glyph));
        if (picture.selectedEntities().count(entity) != 0) {
            painter->setPen(QPen(tiedrawing::SelectionHalo, tiedrawing::SelectionHaloPixels, Qt::SolidLine,
                                 Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(shape);
        }
        painter->setPen(QPen(KindShape::outline(), 1.1));
        painter->setBrush(KindShape::fill(glyph));
        painter->drawPath(shape);
    }
}

} // namespace tiescope
