// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layoutstrategy.h"

namespace tiescope {

// A time line: x follows the earliest start of an entity's visible ties on a year scale
// (YearWidth units per year); entities whose earliest tie has an open start, or that have no
// visible tie, stand in a column at the left edge. y spreads entities into lanes (0, +1, -1,
// +2, ...) so that no two in one lane come closer than a node spacing.
class TimeLayout final : public LayoutStrategy
{
public:
    static constexpr double YearWidth = 60.0;

    [[nodiscard]] std::string name() const override { return "time"; }
    [[nodiscard]] std::string label() const override { return "By time"; }
    [[nodiscard]] std::vector<Point> run(const LayoutRequest &request) const override;
};

} // namespace tiescope
