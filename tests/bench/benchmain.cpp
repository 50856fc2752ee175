// SPDX-License-Identifier: MIT
// tiescope-bench: Google Benchmark over generated stores of several sizes, with peers.
//   tiescope-bench [benchmark flags]          run (sizes: TIESCOPE_BENCH_SIZES)
//   tiescope-bench --memory TIES              peak memory of the application's path
//   tiescope-bench --report OUT.md FILES...   the docs/performance.md table (scripts/bench)
#include <cstring>
#include <exception>
#include <iostream>
#include <string>

#include <benchmark/benchmark.h>

#include "benchdata.h"
#include "benchsuite.h"

int main(int argc, char **argv)
{
    using namespace tiescope::bench;
    try {
        if (argc >= 3 && std::strcmp(argv[1], "--memory") == 0)
            return runMemoryProbe(std::stoull(argv[2]));
        if (argc >= 2 && std::strcmp(argv[1], "--report") == 0)
            return writeReport(argc - 2, argv + 2);
        benchmark::Initialize(&argc, argv);
        if (benchmark::ReportUnrecognizedArguments(argc, argv))
            return 2;
        // Grouped by size, so that one dataset is loaded at a time.
        for (const std::size_t ties : BenchData::sizes()) {
            registerPipeline(ties);
            registerLayouts(ties);
            registerPeers(ties);
            registerAnalysis(ties);
            registerImport(ties);
#ifdef TIESCOPE_BENCH_RENDER
            registerRender(ties);
            registerEdits(ties);
            registerTimeline(ties);
            registerPlay(ties);
            registerOpen(ties);
#endif
        }
        benchmark::RunSpecifiedBenchmarks();
        benchmark::Shutdown();
#ifdef TIESCOPE_BENCH_RENDER
        releaseApplication();
#endif
    } catch (const std::exception &error) {
        std::cerr << "tiescope-bench: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
