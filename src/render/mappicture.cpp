// SPDX-License-Identifier: MIT
#include "render/mappicture.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "geo/clusterspread.h"
#include "geo/mapprojection.h"
#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/mapframe.h"

namespace tiescope {

namespace {

QPointF projected(const Point &lonLat)
{
    const Point p = MapProjection::project(lonLat);
    return {p.x, p.y};
}

// The projection's outline: the world's edge meridians, joined along the latitude limits.
QPainterPath seaPath()
{
    constexpr double South = -58.0, North = 84.0;
    QPolygonF outline;
    for (double lat = North; lat >= South; lat -= 2.0)
        outline << projected({-180.0, lat});
    for (double lat = South; lat <= North; lat += 2.0)
        outline << projected({180.0, lat});
    QPainterPath path;
    path.addPolygon(outline);
    path.closeSubpath();
    return path;
}

} // namespace

MapPicture::MapPicture(std::shared_ptr<const WorldMap> map) : m_map(std::move(map)), m_sea(seaPath())
{
    for (const MapCountry &country : m_map->countries()) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const MapCountry::Polygon &polygon : country.polygons) {
            for (const MapCountry::Ring &ring : polygon) {
                QPolygonF points;
                points.reserve(static_cast<qsizetype>(ring.size()));
                for (const Point &point : ring)
                    points << projected(point);
                path.addPolygon(points);
                path.closeSubpath();
            }
        }
        m_bounds.push_back(path.boundingRect());
        m_paths.push_back(std::move(path));
    }
}

void MapPicture::setView(const GraphView *view)
{
    m_view = view;
    rebuild();
}

void MapPicture::setMeasure(CountryMeasure::Kind kind, std::optional<EntityId> target)
{
    m_measureKind = kind;
    m_target = target;
    rebuild();
}

void MapPicture::setSelection(std::set<EntityId> entities, std::set<TieId> ties)
{
    m_selectedEntities = std::move(entities);
    m_selectedTies = std::move(ties);
}

void MapPicture::rebuild()
{
    m_placement.reset();
    m_links.reset();
    m_measure.reset();
    if (!m_view)
        return;
    m_placement.emplace(*m_view, *m_map);
    m_links.emplace(*m_view, *m_placement);
    if (m_measureKind == CountryMeasure::Kind::TiesInWindow)
        m_measure = CountryMeasure::tiesInWindow(*m_view, *m_placement);
    else if (m_target && m_target->index() < m_view->graph().entityCount() && m_view->isVisible(*m_target))
        m_measure = CountryMeasure::exposureTo(*m_view, *m_placement, *m_target);
}

bool MapPicture::aggregated() const
{
    if (m_arcs != Arcs::Auto)
        return m_arcs == Arcs::PerCountryPair;
    return m_links && m_links->tiesBetweenCountries() > AggregateAbove;
}

QRectF MapPicture::worldBounds() const
{
    const Point topLeft = MapProjection::topLeft(), bottomRight = MapProjection::bottomRight();
    return QRectF(QPointF(topLeft.x, topLeft.y), QPointF(bottomRight.x, bottomRight.y));
}

QRectF MapPicture::focusBounds() const
{
    QRectF bounds;
    if (m_placement) {
        for (std::size_t c = 0; c < m_placement->countryCount(); ++c) {
            if (m_placement->entitiesIn(CountryId(c)).empty())
                continue;
            // Around the cluster's centre, not the whole country: the United States' Alaska or
            // Russia's far east need not pull the view out to the whole northern hemisphere.
            const QPointF centre = projected(m_map->country(CountryId(c)).centre);
            const QRectF box = QRectF(centre - QPointF(0.12, 0.12), centre + QPointF(0.12, 0.12)) & m_bounds[c];
            bounds = bounds.isNull() ? box : bounds.united(box);
        }
    }
    if (bounds.isNull())
        return worldBounds();
    const double pad = std::max(bounds.width(), bounds.height()) * 0.08 + 0.05;
    return bounds.adjusted(-pad, -pad, pad, pad) & worldBounds();
}

double MapPicture::markerRadius(EntityId entity) const
{
    if (m_placement) {
        if (const auto &place = m_placement->place(entity); place && m_placement->stateOf(place->country) == entity)
            return 7.5;
    }
    return 4.5;
}

MapScreen MapPicture::screen(const MapFrame &frame) const
{
    MapScreen screen;
    const std::size_t countries = m_map->countries().size();
    screen.homes.resize(countries);
    screen.clusterRadius.assign(countries, 0.0);
    if (!m_placement)
        return screen;
    screen.entities.resize(m_view->graph().entityCount());
    std::vector<ClusterSpread::Circle> circles;
    std::vector<std::size_t> crowded;
    std::vector<double> slot(countries, frame.slotPixels());
    for (std::size_t c = 0; c < countries; ++c) {
        screen.homes[c] = frame.toDevice(MapProjection::project(m_map->country(CountryId(c)).centre));
        double rings = 0.0;
        for (const EntityId entity : m_placement->entitiesIn(CountryId(c))) {
            const Point offset = m_placement->place(entity)->offset;
            rings = std::max(rings, std::hypot(offset.x, offset.y));
        }
        if (m_placement->entitiesIn(CountryId(c)).empty())
            continue;
        // Zoomed in, a cluster opens up only as far as its country has room on screen, so
        // Serbia's many entities do not spread over its neighbours and push their clusters
        // away; never closer than at the fitted zoom, where markers just clear each other.
        const QRectF box = frame.transform().mapRect(m_bounds[c]);
        const double room = 0.4 * std::min(box.width(), box.height());
        if (rings > 0.0)
            slot[c] = std::clamp(room / rings, frame.baseSlotPixels(), frame.slotPixels());
        double extent = 0.0;
        for (const EntityId entity : m_placement->entitiesIn(CountryId(c))) {
            const Point offset = m_placement->place(entity)->offset;
            extent = std::max(extent, std::hypot(offset.x, offset.y) * slot[c] + markerRadius(entity));
        }
        screen.clusterRadius[c] = extent;
        circles.push_back({Point{screen.homes[c].x(), screen.homes[c].y()}, extent});
        crowded.push_back(c);
    }
    screen.clusters = screen.homes;
    const std::vector<Point> moved = ClusterSpread::spread(circles);
    for (std::size_t i = 0; i < crowded.size(); ++i)
        screen.clusters[crowded[i]] = QPointF(moved[i].x, moved[i].y);
    for (const EntityId entity : m_placement->placed()) {
        const auto &place = m_placement->place(entity);
        screen.entities[entity.index()] =
            screen.clusters[place->country.index()] + QPointF(place->offset.x, place->offset.y) * slot[place->country.index()];
    }
    return screen;
}

std::optional<EntityId> MapPicture::entityAt(const MapFrame &frame, const QPointF &device) const
{
    if (!m_placement)
        return std::nullopt;
    const MapScreen where = screen(frame);
    std::optional<EntityId> best;
    double bestDistance = std::numeric_limits<double>::max();
    for (const EntityId entity : m_placement->placed()) {
        const QPointF at = *where.entities[entity.index()];
        const double distance = std::hypot(at.x() - device.x(), at.y() - device.y());
        if (distance <= markerRadius(entity) + 3.0 && distance < bestDistance) {
            best = entity;
            bestDistance = distance;
        }
    }
    return best;
}

std::optional<CountryId> MapPicture::countryAt(const MapFrame &frame, const QPointF &device) const
{
    const Point map = frame.toMap(device);
    const QPointF point(map.x, map.y);
    for (std::size_t c = 0; c < m_paths.size(); ++c) {
        if (m_bounds[c].contains(point) && m_paths[c].contains(point))
            return CountryId(c);
    }
    return std::nullopt;
}

} // namespace tiescope
