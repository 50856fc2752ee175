// SPDX-License-Identifier: MIT
#include "benchsuite.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "benchdata.h"
#include "io/graphsnapshotrecords.h"
#include "io/snapshotwriter.h"
#include "layout/forceatlas2layout.h"
#include "store/store.h"

namespace tiescope::bench {

int runMemoryProbe(std::size_t ties)
{
    const std::string path = BenchData::storePath(ties);
    const double before = peakMemoryMiB();
    const auto start = std::chrono::steady_clock::now();
    const Dataset data = Store::open(path, Store::Mode::ReadOnly).load();
    const TieGraph graph(data);
    const GraphView filtered = BenchData::filtered(graph);
    const GraphView all(graph);
    LayoutRequest request;
    request.view = &all;
    request.threads = 2;
    int lastPercent = -1;
    request.progress = [&lastPercent](double progress) {
        // Progress as a person would see it, on stderr, every 10%.
        const int percent = static_cast<int>(progress * 10.0) * 10;
        if (percent != lastPercent) {
            lastPercent = percent;
            std::cerr << "layout " << percent << "%\n";
        }
    };
    std::vector<Point> positions = ForceAtlas2Layout().run(request);
    const std::size_t positioned = positions.size();
    const double beforeExport = peakMemoryMiB();
    const std::string json = BenchData::directory() + "/memory-" + std::to_string(ties) + ".json";
    {
        // As "tiescope-cli export --layout force" writes it: every entity, tie, source and position.
        GraphSnapshotRecords snapshot(all, FilterSpec{}, "tiescope-bench", "");
        snapshot.setPositions(std::move(positions));
        std::ofstream out(json, std::ios::binary | std::ios::trunc);
        SnapshotWriter::write(snapshot, out);
    }
    std::filesystem::remove(json);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // One line for scripts/bench: "memory TIES PEAK_MIB PEAK_BEFORE_EXPORT_MIB SECONDS".
    std::cout << "memory " << ties << ' ' << peakMemoryMiB() << ' ' << beforeExport << ' ' << seconds << ' '
              << filtered.visibleTieCount() << ' ' << positioned << ' ' << before << '\n';
    return 0;
}

} // namespace tiescope::bench
