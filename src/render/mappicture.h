// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <vector>

#include <QPainterPath>
#include <QPointF>
#include <QRectF>

#include "geo/countrylinks.h"
#include "geo/countrymeasure.h"
#include "geo/mapplacement.h"
#include "model/strongid.h"
#include "render/mapscreen.h"

namespace tiescope {

class GraphView;
class MapFrame;
class WorldMap;

// What the map shows of the filtered graph: the outlines (as paths in map units, built once),
// where the visible entities stand, the ties per pair of countries, the shading measure and
// the selection. Shared by the window's map and the exports, so both draw the same; the
// drawing itself is MapPainter's.
class MapPicture final
{
public:
    enum class Arcs
    {
        Auto,
        PerTie,
        PerCountryPair
    };
    // Auto draws per pair of countries above this many ties between countries.
    static constexpr std::size_t AggregateAbove = 40;

    explicit MapPicture(std::shared_ptr<const WorldMap> map);

    [[nodiscard]] const WorldMap &map() const { return *m_map; }
    [[nodiscard]] const std::vector<QPainterPath> &countryPaths() const { return m_paths; }
    [[nodiscard]] const QPainterPath &sea() const { return m_sea; }

    // The filtered graph to place (nullptr: nothing open). The view must outlive its use here.
    void setView(const GraphView *view);
    [[nodiscard]] const GraphView *view() const { return m_view; }
    // Countries shaded by ties in the window, or by exposure to `target` (no shading without one).
    void setMeasure(CountryMeasure::Kind kind, std::optional<EntityId> target = std::nullopt);
    [[nodiscard]] CountryMeasure::Kind measureKind() const { return m_measureKind; }
    [[nodiscard]] std::optional<EntityId> measureTarget() const { return m_target; }
    void setArcs(Arcs arcs) { m_arcs = arcs; }
    [[nodiscard]] Arcs arcs() const { return m_arcs; }
    void setSelection(std::set<EntityId> entities, std::set<TieId> ties);
    [[nodiscard]] const std::set<EntityId> &selectedEntities() const { return m_selectedEntities; }
    [[nodiscard]] const std::set<TieId> &selectedTies() const { return m_selectedTies; }

    [[nodiscard]] const MapPlacement *placement() const { return m_placement ? &*m_placement : nullptr; }
    [[nodiscard]] const CountryLinks *links() const { return m_links ? &*m_links : nullptr; }
    [[nodiscard]] const CountryMeasure *measure() const { return m_measure ? &*m_measure : nullptr; }
    // Whether the arcs are drawn per pair of countries (Auto decides by the count).
    [[nodiscard]] bool aggregated() const;

    // The whole map, and the countries that hold placed entities (with some sea around).
    [[nodiscard]] QRectF worldBounds() const;
    [[nodiscard]] QRectF focusBounds() const;

    // Where clusters and entities are drawn in the frame, and what is under a device point.
    [[nodiscard]] MapScreen screen(const MapFrame &frame) const;
    [[nodiscard]] std::optional<EntityId> entityAt(const MapFrame &frame, const QPointF &device) const;
    [[nodiscard]] std::optional<CountryId> countryAt(const MapFrame &frame, const QPointF &device) const;
    // Marker radius in pixels: states larger.
    [[nodiscard]] double markerRadius(EntityId entity) const;

private:
    void rebuild();

    std::shared_ptr<const WorldMap> m_map;
    std::vector<QPainterPath> m_paths;
    std::vector<QRectF> m_bounds;
    QPainterPath m_sea;
    const GraphView *m_view = nullptr;
    std::optional<MapPlacement> m_placement;
    std::optional<CountryLinks> m_links;
    std::optional<CountryMeasure> m_measure;
    CountryMeasure::Kind m_measureKind = CountryMeasure::Kind::TiesInWindow;
    std::optional<EntityId> m_target;
    Arcs m_arcs = Arcs::Auto;
    std::set<EntityId> m_selectedEntities;
    std::set<TieId> m_selectedTies;
};

} // namespace tiescope
