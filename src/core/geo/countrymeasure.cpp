// SPDX-License-Identifier: MIT
#include "geo/countrymeasure.h"

#include <algorithm>

#include "analytics/dependencygraph.h"
#include "analytics/exposureanalysis.h"
#include "geo/countrylinks.h"
#include "geo/mapplacement.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

CountryMeasure::CountryMeasure(Kind kind, std::string name, std::size_t countries)
    : m_kind(kind),
      m_name(std::move(name)),
      m_values(countries),
      m_sources(countries)
{}

CountryMeasure CountryMeasure::tiesInWindow(const GraphView &view, const MapPlacement &placement)
{
    CountryMeasure measure(Kind::TiesInWindow, "Ties in the window", placement.countryCount());
    for (std::size_t c = 0; c < placement.countryCount(); ++c) {
        if (!placement.entitiesIn(CountryId(c)).empty())
            measure.m_values[c] = 0.0;
    }
    const CountryLinks links(view, placement);
    for (const CountryLinks::Link &link : links.links()) {
        *measure.m_values[link.first.index()] += static_cast<double>(link.ties);
        if (link.second != link.first)
            *measure.m_values[link.second.index()] += static_cast<double>(link.ties);
    }
    for (const auto &value : measure.m_values)
        measure.m_maximum = std::max(measure.m_maximum, value.value_or(0.0));
    return measure;
}

CountryMeasure CountryMeasure::exposureTo(const GraphView &view, const MapPlacement &placement, EntityId target,
                                          const ExposureOptions &options)
{
    const Dataset &data = view.graph().dataset();
    CountryMeasure measure(Kind::ExposureTo, "Exposure to " + data.entity(target).name, placement.countryCount());
    measure.m_maximum = 1.0;
    const DependencyGraph graph(view);
    for (std::size_t c = 0; c < placement.countryCount(); ++c) {
        const CountryId country(c);
        std::vector<EntityId> candidates;
        if (const auto state = placement.stateOf(country))
            candidates.push_back(*state);
        else
            candidates = placement.entitiesIn(country);
        for (const EntityId entity : candidates) {
            if (entity == target)
                continue;
            const double score = ExposureAnalysis::exposure(graph, entity, target, options).exposure;
            if (!measure.m_values[c] || score > *measure.m_values[c]) {
                measure.m_values[c] = score;
                measure.m_sources[c] = entity;
            }
        }
    }
    return measure;
}

} // namespace tiescope
