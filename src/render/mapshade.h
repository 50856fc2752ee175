// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QColor>

namespace tiescope {

class CountryMeasure;

// The colour scale countries are shaded with, for the map and its legend alike: a sequential
// blue from pale to deep; counts on a square-root scale (so one dominant country does not
// wash out the rest), exposure linear from 0 to 1.
class MapShade final
{
public:
    [[nodiscard]] static QColor land(); // a country without a value
    [[nodiscard]] static QColor sea();
    [[nodiscard]] static QColor at(double fraction); // 0..1 along the scale
    [[nodiscard]] static double fraction(const CountryMeasure &measure, double value);
    [[nodiscard]] static QColor fill(const CountryMeasure &measure, std::optional<double> value);
};

} // namespace tiescope
