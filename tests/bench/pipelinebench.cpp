// SPDX-License-Identifier: MIT
// Load (store -> graph), filter (domains + date window), JSON export, and the kept picture
// (positions the store keeps for a layout, read on reopening instead of running a layout).
#include "benchsuite.h"

#include <filesystem>
#include <fstream>

#include <benchmark/benchmark.h>

#include "benchdata.h"
#include "io/graphsnapshotrecords.h"
#include "io/snapshotwriter.h"
#include "store/keptpicture.h"
#include "store/store.h"

namespace tiescope::bench {

void registerPipeline(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("load" + size).c_str(), [ties](benchmark::State &state) {
        BenchData::release(); // one dataset in memory at a time
        const std::string path = BenchData::storePath(ties);
        for (auto _ : state) {
            Dataset data = Store::open(path, Store::Mode::ReadOnly).load();
            TieGraph graph(data);
            benchmark::DoNotOptimize(graph.tieCount());
            state.PauseTiming(); // freeing is not loading
            { [[maybe_unused]] auto discard = std::move(graph); }
            { [[maybe_unused]] auto discard = std::move(data); }
            state.ResumeTiming();
        }
        state.counters["ties"] = static_cast<double>(ties);
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("filter" + size).c_str(), [ties](benchmark::State &state) {
        const auto &loaded = BenchData::loaded(ties);
        std::size_t visible = 0;
        for (auto _ : state) {
            const GraphView view = BenchData::filtered(*loaded.graph);
            visible = view.visibleTieCount();
            benchmark::DoNotOptimize(visible);
        }
        state.counters["visible_ties"] = static_cast<double>(visible);
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    // Reopening a store the analyst left laid out (LayoutKeeper::restore): from the data read to
    // a position for every entity, with no layout run. Measured on a copy that keeps positions.
    benchmark::RegisterBenchmark(("kept-picture" + size).c_str(), [ties](benchmark::State &state) {
        const auto &loaded = BenchData::loaded(ties);
        const std::string path = BenchData::directory() + "/kept-" + std::to_string(ties) + ".db";
        std::filesystem::remove(path);
        std::filesystem::copy_file(BenchData::storePath(ties), path);
        {
            Store store = Store::open(path, Store::Mode::ReadWrite);
            std::vector<StoredPosition> rows;
            for (const Entity &entity : loaded.data.entities())
                rows.push_back({entity.rowId, static_cast<double>(entity.rowId), 1.0, false});
            store.savePositions("force", rows);
        }
        for (auto _ : state) {
            const Store store = Store::open(path, Store::Mode::ReadOnly);
            const std::optional<KeptPicture> picture = KeptPicture::read(store, loaded.data);
            if (!picture)
                state.SkipWithError("the kept positions do not cover the entities");
            benchmark::DoNotOptimize(picture);
        }
        state.counters["entities"] = static_cast<double>(loaded.data.entities().size());
        std::filesystem::remove(path);
    })->Unit(benchmark::kMillisecond)->UseRealTime();

    benchmark::RegisterBenchmark(("export-json" + size).c_str(), [ties](benchmark::State &state) {
        const auto &loaded = BenchData::loaded(ties);
        const std::string path = BenchData::directory() + "/export-" + std::to_string(ties) + ".json";
        for (auto _ : state) {
            // The whole graph, as "export" without a filter writes it: the worst case.
            const GraphSnapshotRecords snapshot(*loaded.all, FilterSpec{}, "tiescope-bench", "");
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            SnapshotWriter::write(snapshot, out);
        }
        state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(path));
        std::filesystem::remove(path);
    })->Unit(benchmark::kMillisecond)->UseRealTime();
}

} // namespace tiescope::bench
