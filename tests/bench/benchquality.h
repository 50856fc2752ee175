// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <benchmark/benchmark.h>

#include "layout/layoutgraph.h"
#include "layout/layoutquality.h"

namespace tiescope::bench {

// Every layout, ours and the peers', is judged by the same measure on the same graph
// (the tied entities) with the same 1000 sampled sources.
inline void addQuality(benchmark::State &state, const LayoutGraph &graph, const std::vector<Point> &positions)
{
    const auto quality = LayoutQuality::measure(graph, positions, 1000, 1);
    state.counters["stress"] = quality.stress;
    state.counters["neighbourhood"] = quality.neighbourhood;
}

} // namespace tiescope::bench
