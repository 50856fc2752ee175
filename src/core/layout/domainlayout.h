// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layoutstrategy.h"

namespace tiescope {

// One angular sector per domain, sized by how many entities belong to it; each visible entity
// sits in the sector of the domain most of its visible ties belong to (entities without a
// visible tie share a last sector). Within a sector, rank by visible degree decides the
// radius: hubs near the centre, leaves outside, on rings spaced so nodes never overlap.
class DomainLayout final : public LayoutStrategy
{
public:
    [[nodiscard]] std::string name() const override { return "domain"; }
    [[nodiscard]] std::string label() const override { return "By domain"; }
    [[nodiscard]] std::vector<Point> run(const LayoutRequest &request) const override;
};

} // namespace tiescope
