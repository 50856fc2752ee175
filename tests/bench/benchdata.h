// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope::bench {

// The generated stores the benchmarks run on, one per size (number of ties, one entity per
// ten ties, seed 1), kept in TIESCOPE_BENCH_DATA (default: bench-data next to the program)
// and generated there when missing. Sizes come from TIESCOPE_BENCH_SIZES ("1000,10000").
class BenchData final
{
public:
    struct Loaded
    {
        Dataset data;
        std::unique_ptr<TieGraph> graph;
        std::unique_ptr<GraphView> all;
    };

    [[nodiscard]] static std::vector<std::size_t> sizes();
    [[nodiscard]] static std::string directory();
    // The store for `ties`, generated first when it does not exist yet.
    [[nodiscard]] static std::string storePath(std::size_t ties);
    // The store loaded into memory; only the last size asked for is kept, to bound memory.
    [[nodiscard]] static const Loaded &loaded(std::size_t ties);
    static void release();

    // The filter every "filter" measurement applies: five domains and 1990..2010.
    [[nodiscard]] static GraphView filtered(const TieGraph &graph);
};

// Peak resident memory of this process so far, in MiB.
[[nodiscard]] double peakMemoryMiB();

} // namespace tiescope::bench
