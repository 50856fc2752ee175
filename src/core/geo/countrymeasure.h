// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analytics/exposureoptions.h"
#include "geo/countryid.h"
#include "model/strongid.h"

namespace tiescope {

class GraphView;
class MapPlacement;

// A value per country that the map shades by, with its name and scale for the legend.
class CountryMeasure final
{
public:
    enum class Kind
    {
        TiesInWindow,
        ExposureTo
    };

    // Visible ties (the filter and its date window) touching an entity of each country: a tie
    // between two countries counts for both, a tie within one once. Countries without an
    // entity on the map have no value.
    [[nodiscard]] static CountryMeasure tiesInWindow(const GraphView &view, const MapPlacement &placement);
    // Each country's exposure to `target` (ExposureAnalysis over the visible ties): its state's
    // when it has one on the map, else the highest of its entities'. The target's own entity
    // has no value; nor does a country without an entity on the map.
    [[nodiscard]] static CountryMeasure exposureTo(const GraphView &view, const MapPlacement &placement,
                                                   EntityId target, const ExposureOptions &options = {});

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const std::string &name() const { return m_name; }
    [[nodiscard]] std::optional<double> value(CountryId country) const { return m_values.at(country.index()); }
    // The top of the legend's scale: the highest value (ties), 1 (exposure).
    [[nodiscard]] double maximum() const { return m_maximum; }
    // Where each value came from (for exposure: the entity whose score it is).
    [[nodiscard]] std::optional<EntityId> source(CountryId country) const { return m_sources.at(country.index()); }

private:
    CountryMeasure(Kind kind, std::string name, std::size_t countries);

    Kind m_kind;
    std::string m_name;
    std::vector<std::optional<double>> m_values;
    std::vector<std::optional<EntityId>> m_sources;
    double m_maximum = 0.0;
};

} // namespace tiescope
