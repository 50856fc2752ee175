// SPDX-License-Identifier: MIT
// The force layout per iteration and to convergence (with its quality), the simple layouts,
// and Boost's fruchterman_reingold_force_directed_layout as the naive baseline.
#include "benchsuite.h"

#include <cmath>

#include <benchmark/benchmark.h>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/fruchterman_reingold.hpp>
#include <boost/graph/random_layout.hpp>
#include <boost/graph/topology.hpp>

#include "benchdata.h"
#include "benchquality.h"
#include "layout/forceatlas2.h"
#include "layout/forceatlas2layout.h"
#include "layout/layoutgraph.h"
#include "layout/layoutquality.h"
#include "layout/layoutregistry.h"
#include "model/seededrandom.h"

namespace tiescope::bench {

namespace {

constexpr int Threads = 2;
// The one-thread run is for comparison; at 1M it would add minutes.
constexpr std::size_t SingleThreadLimit = 100'000;
// Boost's layout took 8.6 s at 10k ties and grows faster than linearly: beyond this it
// would take most of the run.
constexpr std::size_t BoostLimit = 10'000;

void convergence(benchmark::State &state, std::size_t ties, int threads)
{
    const auto &loaded = BenchData::loaded(ties);
    LayoutRequest request;
    request.view = loaded.all.get();
    request.threads = threads;
    const ForceAtlas2Layout layout;
    ForceAtlas2Layout::Report report;
    std::vector<Point> positions;
    for (auto _ : state) {
        positions = layout.run(request, report);
        benchmark::DoNotOptimize(positions.data());
    }
    state.counters["full_iterations"] = report.iterations;
    state.counters["all_iterations"] = report.totalIterations;
    state.counters["levels"] = report.levels;
    state.counters["converged"] = report.converged ? 1 : 0;
    const LayoutGraph tied = LayoutGraph::fromView(*loaded.all, 1.0, true);
    addQuality(state, tied, LayoutQuality::nodePositions(tied, positions));
}

} // namespace

void registerLayouts(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("layout-iteration" + size).c_str(), [ties](benchmark::State &state) {
        const auto &loaded = BenchData::loaded(ties);
        const LayoutGraph graph = LayoutGraph::fromView(*loaded.all, 0.5, true);
        std::vector<Point> positions(graph.nodeCount());
        SeededRandom random(1);
        const double radius = std::sqrt(static_cast<double>(graph.nodeCount()) * 10.0);
        for (Point &p : positions)
            p = Point{(random.uniform() - 0.5) * radius, (random.uniform() - 0.5) * radius};
        ForceAtlas2::Options options;
        options.threads = Threads;
        ForceAtlas2 solver(graph, options);
        for (auto _ : state)
            benchmark::DoNotOptimize(solver.step(positions, {}));
        state.counters["nodes"] = static_cast<double>(graph.nodeCount());
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("layout-converge" + size).c_str(),
                                 [ties](benchmark::State &state) { convergence(state, ties, Threads); })
        ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
    if (ties <= SingleThreadLimit) {
        benchmark::RegisterBenchmark(("layout-converge-1thread" + size).c_str(),
                                     [ties](benchmark::State &state) { convergence(state, ties, 1); })
            ->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
    }

    for (const char *name : {"circular", "domain", "time"}) {
        benchmark::RegisterBenchmark(("layout-" + std::string(name) + size).c_str(),
                                     [ties, name](benchmark::State &state) {
                                         const auto &loaded = BenchData::loaded(ties);
                                         const auto layout = LayoutRegistry::create(name);
                                         LayoutRequest request;
                                         request.view = loaded.all.get();
                                         for (auto _ : state)
                                             benchmark::DoNotOptimize(layout->run(request).data());
                                     })
            ->Unit(benchmark::kMillisecond)->UseRealTime();
    }

    if (ties > BoostLimit)
        return;
    benchmark::RegisterBenchmark(("peer-boost-fr" + size).c_str(), [ties](benchmark::State &state) {
        using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
        using Topology = boost::square_topology<>;
        const auto &loaded = BenchData::loaded(ties);
        const LayoutGraph tied = LayoutGraph::fromView(*loaded.all, 1.0, true);
        Graph graph(tied.nodeCount());
        for (std::uint32_t u = 0; u < tied.nodeCount(); ++u) {
            for (const std::uint32_t v : tied.neighbours(u)) {
                if (u < v)
                    boost::add_edge(u, v, graph);
            }
        }
        const double side = std::sqrt(static_cast<double>(tied.nodeCount())) * 100.0;
        std::vector<Topology::point_type> points(tied.nodeCount());
        auto position = boost::make_iterator_property_map(points.begin(), boost::get(boost::vertex_index, graph));
        for (auto _ : state) {
            Topology topology(side); // its own fixed-seed generator: the same start every time
            boost::random_graph_layout(graph, position, topology);
            // Boost's defaults: grid-based repulsion, linear cooling over 100 iterations.
            boost::fruchterman_reingold_force_directed_layout(graph, position, topology);
        }
        std::vector<Point> result(points.size());
        for (std::size_t i = 0; i < points.size(); ++i)
            result[i] = Point{points[i][0], points[i][1]};
        addQuality(state, tied, result);
    })->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(1);
}

} // namespace tiescope::bench
