// SPDX-License-Identifier: MIT
#include "geo/countrylinks.h"

#include <algorithm>
#include <map>
#include <utility>

#include "geo/mapplacement.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

CountryLinks::CountryLinks(const GraphView &view, const MapPlacement &placement)
{
    const auto &facts = view.graph().facts();
    std::map<std::pair<CountryId, CountryId>, Link> byPair;
    for (const TieId tie : view.visibleTies()) {
        const auto &fact = facts[tie.index()];
        const auto &from = placement.place(EntityId(fact.from));
        const auto &to = placement.place(EntityId(fact.to));
        if (!from || !to)
            continue;
        const auto key = std::minmax(from->country, to->country);
        Link &link = byPair[key];
        link.first = key.first;
        link.second = key.second;
        ++link.ties;
        link.tieIds.push_back(tie);
        const DomainId domain(static_cast<std::uint32_t>(fact.domain));
        const auto found = std::find_if(link.domains.begin(), link.domains.end(),
                                        [&](const DomainCount &count) { return count.domain == domain; });
        if (found == link.domains.end())
            link.domains.push_back({domain, 1});
        else
            ++found->ties;
        if (key.first != key.second)
            ++m_between;
    }
    m_links.reserve(byPair.size());
    for (auto &[key, link] : byPair) {
        std::sort(link.domains.begin(), link.domains.end(), [](const DomainCount &a, const DomainCount &b) {
            return a.ties != b.ties ? a.ties > b.ties : a.domain < b.domain;
        });
        m_links.push_back(std::move(link));
    }
    std::stable_sort(m_links.begin(), m_links.end(), [](const Link &a, const Link &b) { return a.ties > b.ties; });
}

const CountryLinks::Link *CountryLinks::find(CountryId a, CountryId b) const
{
    const auto key = std::minmax(a, b);
    const auto found = std::find_if(m_links.begin(), m_links.end(), [&](const Link &link) {
        return link.first == key.first && link.second == key.second;
    });
    return found == m_links.end() ? nullptr : &*found;
}

} // namespace tiescope
