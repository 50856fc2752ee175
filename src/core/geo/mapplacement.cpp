// SPDX-License-Identifier: MIT
#include "geo/mapplacement.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "geo/mapprojection.h"
#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

// A state or a territory (Kosovo) stands for its country.
bool isState(const Dataset &data, EntityId entity)
{
    const std::string &kind = data.kind(data.entity(entity).kind).key;
    return kind == "state" || kind == "territory";
}

} // namespace

MapPlacement::MapPlacement(const GraphView &view, const WorldMap &map)
    : m_places(view.graph().entityCount()),
      m_byCountry(map.countries().size()),
      m_hasState(map.countries().size(), 0)
{
    const Dataset &data = view.graph().dataset();
    for (const EntityId entity : view.visibleEntities()) {
        const auto country = map.find(data.entity(entity).country);
        if (!country) {
            m_unplaced.push_back(entity);
            continue;
        }
        m_byCountry[country->index()].push_back(entity);
    }
    const std::vector<std::uint32_t> degrees = view.degrees();
    for (std::size_t c = 0; c < m_byCountry.size(); ++c) {
        std::vector<EntityId> &members = m_byCountry[c];
        if (members.empty())
            continue;
        // The state first, then the most connected, then by name: the same picture every time.
        std::sort(members.begin(), members.end(), [&](EntityId a, EntityId b) {
            const bool stateA = isState(data, a), stateB = isState(data, b);
            if (stateA != stateB)
                return stateA;
            if (degrees[a.index()] != degrees[b.index()])
                return degrees[a.index()] > degrees[b.index()];
            return data.entity(a).name < data.entity(b).name;
        });
        m_hasState[c] = isState(data, members.front()) ? 1 : 0;
        const CountryId country(c);
        const Point anchor = MapProjection::project(map.country(country).centre);
        // Without a state, the centre stays free for the country's name.
        const std::size_t first = m_hasState[c] ? 0 : 1;
        for (std::size_t i = 0; i < members.size(); ++i) {
            m_places[members[i].index()] = Place{country, anchor, slotOffset(first + i)};
            m_placed.push_back(members[i]);
        }
    }
    std::sort(m_placed.begin(), m_placed.end());
}

const std::vector<EntityId> &MapPlacement::entitiesIn(CountryId country) const
{
    return m_byCountry.at(country.index());
}

std::optional<EntityId> MapPlacement::stateOf(CountryId country) const
{
    if (!m_hasState.at(country.index()))
        return std::nullopt;
    return m_byCountry[country.index()].front();
}

Point MapPlacement::slotOffset(std::size_t slot)
{
    if (slot == 0)
        return {};
    // Ring r holds 6r slots at radius r: neighbours about one slot apart, as in a hexagonal packing.
    std::size_t ring = 1;
    std::size_t index = slot - 1;
    while (index >= 6 * ring) {
        index -= 6 * ring;
        ++ring;
    }
    const double step = 2.0 * std::numbers::pi / static_cast<double>(6 * ring);
    // Starting at the top, each ring turned by half a step so rings do not line up.
    const double angle = -std::numbers::pi / 2.0 + step * (static_cast<double>(index) + (ring % 2 == 0 ? 0.5 : 0.0));
    const double radius = static_cast<double>(ring);
    return Point{radius * std::cos(angle), radius * std::sin(angle)};
}

} // namespace tiescope
