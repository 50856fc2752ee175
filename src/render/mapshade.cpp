// SPDX-License-Identifier: MIT
#include "render/mapshade.h"

#include <algorithm>
#include <cmath>

#include "geo/countrymeasure.h"

namespace tiescope {

QColor MapShade::land()
{
    return {0xec, 0xea, 0xe4};
}

QColor MapShade::sea()
{
    return {0xe3, 0xee, 0xf5};
}

QColor MapShade::at(double fraction)
{
    const double t = std::clamp(fraction, 0.0, 1.0);
    // From a pale blue-grey to a deep blue, through a mid blue.
    const QColor low(0xdd, 0xe8, 0xf2), mid(0x6b, 0xa3, 0xd0), high(0x17, 0x4a, 0x86);
    const auto mix = [](const QColor &a, const QColor &b, double u) {
        return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * u),
                                static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * u),
                                static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * u));
    };
    return t < 0.5 ? mix(low, mid, t * 2.0) : mix(mid, high, (t - 0.5) * 2.0);
}

double MapShade::fraction(const CountryMeasure &measure, double value)
{
    if (measure.maximum() <= 0.0)
        return 0.0;
    const double linear = std::clamp(value / measure.maximum(), 0.0, 1.0);
    return measure.kind() == CountryMeasure::Kind::TiesInWindow ? std::sqrt(linear) : linear;
}

QColor MapShade::fill(const CountryMeasure &measure, std::optional<double> value)
{
    if (!value)
        return land();
    return at(fraction(measure, *value));
}

} // namespace tiescope
