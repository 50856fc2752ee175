// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <QPointF>

namespace tiescope {

// Where a MapPicture's clusters and entities land in one frame, in pixels: each country's
// home (its projected centre) and its cluster's centre once crowded clusters are moved
// apart (ClusterSpread), and each placed entity's point. Computed once per paint or click.
struct MapScreen final
{
    std::vector<QPointF> homes;                   // per country
    std::vector<QPointF> clusters;                // per country; equal to home unless moved
    std::vector<double> clusterRadius;            // per country, 0 without entities
    std::vector<std::optional<QPointF>> entities; // per entity; empty when not placed
};

} // namespace tiescope
