// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "geo/countryid.h"
#include "layout/point.h"
#include "model/strongid.h"

namespace tiescope {

class GraphView;
class WorldMap;

// Where the visible entities stand on the map: each entity with a country the map knows
// gathers at that country's centre. The country's state (an entity of kind "state" or
// "territory" with that country) stands on the centre itself; the others sit on rings of
// slots around it (6 on the first ring, 12 on the second, ...), the most connected nearest. Offsets are in
// slots, not map units, so a drawing keeps the cluster legible at any zoom by scaling
// them with its own spacing in pixels. Entities without a country, or with one the map does
// not know, are unplaced: the window lists them beside the map.
class MapPlacement final
{
public:
    struct Place
    {
        CountryId country;
        Point anchor; // the country's centre, projected (MapProjection)
        Point offset; // from the anchor, in slots
    };

    MapPlacement(const GraphView &view, const WorldMap &map);

    [[nodiscard]] const std::optional<Place> &place(EntityId entity) const { return m_places.at(entity.index()); }
    [[nodiscard]] const std::vector<EntityId> &placed() const { return m_placed; }
    // Visible entities not on the map, in id order.
    [[nodiscard]] const std::vector<EntityId> &unplaced() const { return m_unplaced; }
    // The visible entities of a country, the state first; empty for a country without any.
    [[nodiscard]] const std::vector<EntityId> &entitiesIn(CountryId country) const;
    [[nodiscard]] std::optional<EntityId> stateOf(CountryId country) const;
    [[nodiscard]] std::size_t countryCount() const { return m_byCountry.size(); }

    // The slot's offset from a cluster's centre: 0 is the centre, then ring after ring.
    [[nodiscard]] static Point slotOffset(std::size_t slot);

private:
    std::vector<std::optional<Place>> m_places;
    std::vector<EntityId> m_placed;
    std::vector<EntityId> m_unplaced;
    std::vector<std::vector<EntityId>> m_byCountry;
    std::vector<std::uint8_t> m_hasState;
};

} // namespace tiescope
