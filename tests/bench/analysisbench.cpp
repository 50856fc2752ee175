// SPDX-License-Identifier: MIT
// Dependency analysis for one pair, as the window's panel asks for it: ranked chains, the
// exposure score, its series over 1990..2025 and the single points of failure.
#include "benchsuite.h"

#include <algorithm>
#include <numeric>

#include <benchmark/benchmark.h>

#include "analytics/pairanalysis.h"
#include "analytics/whatifoverlay.h"
#include "benchdata.h"

namespace tiescope::bench {

namespace {

// The two busiest entities: hubs of the generated data, joined by many routes.
std::pair<EntityId, EntityId> busiestPair(const GraphView &view)
{
    const std::vector<std::uint32_t> degree = view.degrees();
    std::vector<std::uint32_t> order(degree.size());
    std::iota(order.begin(), order.end(), 0U);
    std::partial_sort(order.begin(), order.begin() + 2, order.end(),
                      [&degree](std::uint32_t a, std::uint32_t b) { return degree[a] > degree[b]; });
    return {EntityId(order[0]), EntityId(order[1])};
}

} // namespace

void registerAnalysis(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("analysis-pair" + size).c_str(), [ties](benchmark::State &state) {
        const auto &loaded = BenchData::loaded(ties);
        const auto [a, b] = busiestPair(*loaded.all);
        PairAnalysis::Options options;
        options.fromYear = 1990;
        options.toYear = 2025;
        PairAnalysis::Result result;
        for (auto _ : state) {
            result = PairAnalysis::run(*loaded.all, WhatIfOverlay(), a, b, options);
            benchmark::DoNotOptimize(result.exposure.exposure);
        }
        state.counters["chains"] = static_cast<double>(result.chains.chainsFound);
        state.counters["truncated"] = result.chains.truncated ? 1.0 : 0.0;
    })->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace tiescope::bench
