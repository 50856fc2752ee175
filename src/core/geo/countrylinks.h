// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <vector>

#include "geo/countryid.h"
#include "model/strongid.h"

namespace tiescope {

class GraphView;
class MapPlacement;

// The visible ties between placed entities, gathered per pair of countries: what the map
// draws as one arc per pair and domain when single ties would be too many to follow. A tie
// within one country has first == second. Ties with an end off the map are left out.
class CountryLinks final
{
public:
    struct DomainCount
    {
        DomainId domain;
        std::size_t ties = 0;
    };
    struct Link
    {
        CountryId first; // first <= second
        CountryId second;
        std::size_t ties = 0;
        std::vector<DomainCount> domains; // the most ties first, then by domain id
        std::vector<TieId> tieIds;        // in id order
    };

    CountryLinks(const GraphView &view, const MapPlacement &placement);

    // The most ties first, then by country ids: drawn in reverse so the heaviest are on top.
    [[nodiscard]] const std::vector<Link> &links() const { return m_links; }
    // The ties drawn between entities (not within one country's cluster).
    [[nodiscard]] std::size_t tiesBetweenCountries() const { return m_between; }
    [[nodiscard]] const Link *find(CountryId a, CountryId b) const;

private:
    std::vector<Link> m_links;
    std::size_t m_between = 0;
};

} // namespace tiescope
