// SPDX-License-Identifier: MIT
#pragma once

// Core-internal: the one place that names the Boost graph type. Include it only from
// core .cpp files that run Boost.Graph algorithms; public headers speak in strong ids.

#include <boost/graph/adjacency_list.hpp>

#include "model/strongid.h"

namespace tiescope {

struct BoostVertex
{
    EntityId entity;
};

struct BoostEdge
{
    TieId tie;
};

// Vertex descriptor == EntityId index; edges keep their TieId.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, BoostVertex, BoostEdge>;

struct BoostGraphHolder
{
    BoostGraph graph;
};

} // namespace tiescope
