// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layoutstrategy.h"

namespace tiescope {

// Visible entities on one circle, grouped by the domain most of their visible ties belong
// to, then ordered by key. The radius grows with the count so neighbours never overlap.
class CircularLayout final : public LayoutStrategy
{
public:
    [[nodiscard]] std::string name() const override { return "circular"; }
    [[nodiscard]] std::string label() const override { return "Circular"; }
    [[nodiscard]] std::vector<Point> run(const LayoutRequest &request) const override;
};

} // namespace tiescope
