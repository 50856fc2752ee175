// SPDX-License-Identifier: MIT
#include "render/mappainter.h"

#include <algorithm>

#include <QPainter>

#include "geo/mapprojection.h"
#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/halotext.h"
#include "render/kindshape.h"
#include "render/labelplacer.h"
#include "render/maparcpainter.h"
#include "render/mapframe.h"
#include "render/mappicture.h"
#include "render/mapshade.h"
#include "render/tiedrawing.h"

namespace tiescope {

namespace {

const QColor Ink(0x26, 0x32, 0x38);
const QColor Outline(0x37, 0x47, 0x4f);

QFont labelFont(bool state)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(state ? 12 : 10);
    font.setBold(state);
    return font;
}

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
    if (picture.view()) {
        MapArcPainter::paint(painter, picture, frame);
        paintEntities(painter, picture, frame);
        paintLabels(painter, picture, frame);
    }
    painter->restore();
}

void MapPainter::paintCountries(QPainter *painter, const MapPicture &picture, const MapFrame &frame)
{
    const QTransform transform = frame.transform();
    painter->setPen(Qt::NoPen);
    painter->setBrush(MapShade::sea());
    painter->drawPath(transform.map(picture.sea()));
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
    // Country names where nothing else names them: countries with entities but no state.
    if (const MapPlacement *placement = picture.placement()) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(10);
        font.setItalic(true);
        const QFontMetricsF metrics(font);
        for (std::size_t c = 0; c < placement->countryCount(); ++c) {
            const CountryId country(c);
            if (placement->entitiesIn(country).empty() || placement->stateOf(country))
                continue;
            const QString name = QString::fromStdString(picture.map().country(country).name);
            const QPointF at = frame.toDevice(MapProjection::project(picture.map().country(country).centre));
            HaloText::draw(painter, at + QPointF(-metrics.horizontalAdvance(name) / 2.0, metrics.ascent() / 2.5), name,
                           font, QColor(0x54, 0x6e, 0x7a));
        }
    }
}

void MapPainter::paintEntities(QPainter *painter, const MapPicture &picture, const MapFrame &frame)
{
    const Dataset &data = picture.view()->graph().dataset();
    const MapPlacement &placement = *picture.placement();
    for (const EntityId entity : placement.placed()) {
        const QPointF at = *picture.entityPoint(frame, entity);
        if (!frame.area().adjusted(-10, -10, 10, 10).contains(at))
            continue;
        const KindShape::Glyph glyph = glyphOf(data, entity);
        const double radius = picture.markerRadius(entity) * KindShape::visualScale(glyph);
        QTransform place;
        place.translate(at.x(), at.y());
        place.scale(radius, radius);
        const QPainterPath shape = place.map(KindShape::path(glyph));
        if (picture.selectedEntities().count(entity) != 0) {
            painter->setPen(QPen(tiedrawing::SelectionHalo, tiedrawing::SelectionHaloPixels, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(shape);
        }
        painter->setPen(QPen(Outline, 1.1));
        painter->setBrush(KindShape::fill(glyph));
        painter->drawPath(shape);
    }
}

void MapPainter::paintLabels(QPainter *painter, const MapPicture &picture, const MapFrame &frame)
{
    const Dataset &data = picture.view()->graph().dataset();
    const MapPlacement &placement = *picture.placement();
    const std::vector<std::uint32_t> degrees = picture.view()->degrees();
    std::vector<LabelPlacer::Candidate> candidates;
    std::vector<EntityId> entities;
    for (const EntityId entity : placement.placed()) {
        const auto &place = placement.place(entity);
        const bool state = placement.stateOf(place->country) == entity;
        const QString name = QString::fromStdString(data.entity(entity).name);
        const QFontMetricsF metrics(labelFont(state));
        LabelPlacer::Candidate candidate;
        candidate.centre = *picture.entityPoint(frame, entity);
        candidate.radius = picture.markerRadius(entity);
        candidate.labelSize = QSizeF(metrics.horizontalAdvance(name) + 4.0, metrics.height());
        // States first, then the selected, then the most connected.
        candidate.priority = (state ? 1e6 : 0.0) + (picture.selectedEntities().count(entity) ? 1e5 : 0.0) +
                             static_cast<double>(degrees[entity.index()]);
        candidate.shown = frame.area().contains(candidate.centre);
        candidates.push_back(candidate);
        entities.push_back(entity);
    }
    const std::vector<LabelAnchor> anchors = LabelPlacer::place(candidates);
    for (std::size_t i = 0; i < entities.size(); ++i) {
        if (anchors[i] == LabelAnchor::Hidden)
            continue;
        const bool state = candidates[i].priority >= 1e6;
        const QFont font = labelFont(state);
        const QRectF rect = LabelPlacer::labelRect(candidates[i], anchors[i]);
        const QFontMetricsF metrics(font);
        HaloText::draw(painter, QPointF(rect.left() + 2.0, rect.top() + metrics.ascent()),
                       QString::fromStdString(data.entity(entities[i]).name), font, state ? Ink : Outline);
    }
}

} // namespace tiescope
