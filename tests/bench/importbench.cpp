// SPDX-License-Identifier: MIT
// Import against its peers, on the generated store's own CSV and GEXF exports: the whole CSV
// import into a new store (read, plan, write as one change-set) against the sqlite3 shell's
// .import of the same four files into plain tables; and GEXF read + dry-run plan against
// NetworkX's read_gexf of the same file (timed inside Python, so its start-up does not count).
#include "benchsuite.h"

#include <chrono>
#include <filesystem>
#include <fstream>

#include <benchmark/benchmark.h>

#include "benchdata.h"
#include "benchshell.h"
#include "graph/graphview.h"
#include "interchange/gexfreader.h"
#include "interchange/importfiles.h"
#include "interchange/importplanner.h"
#include "io/csvexporter.h"
#include "io/gexfwriter.h"
#include "store/store.h"

namespace tiescope::bench {

namespace {

namespace fs = std::filesystem;

// The store's CSV export (a folder) and GEXF 1.2 file, written once per size.
fs::path exportOf(std::size_t ties, const char *what)
{
    const fs::path base = fs::path(BenchData::directory()) / ("import-" + std::to_string(ties));
    const fs::path csv = base / "csv", gexf = base / "ties.gexf";
    if (!fs::exists(gexf)) {
        fs::create_directories(base);
        const auto &loaded = BenchData::loaded(ties);
        fs::remove_all(csv);
        (void)CsvExporter::write(*loaded.all, csv);
        GexfWriter::Options options;
        options.version = GexfWriter::Version::V1_2Draft;
        std::ofstream out(gexf, std::ios::binary);
        GexfWriter::write(*loaded.all, options, out);
    }
    return std::string(what) == "gexf" ? gexf : csv;
}

ImportSpec csvSpec(const fs::path &folder)
{
    ImportSpec spec;
    spec.entities = folder / "entities.csv";
    spec.ties = folder / "ties.csv";
    spec.sources = folder / "sources.csv";
    spec.citations = folder / "citations.csv";
    return spec;
}

} // namespace

void registerImport(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("import-csv" + size).c_str(),
                                 [ties](benchmark::State &state) {
                                     const fs::path folder = exportOf(ties, "csv");
                                     const Dataset vocabulary = BenchData::loaded(ties).data.vocabulary();
                                     const fs::path target = folder.parent_path() / "imported.db";
                                     for (auto _ : state) {
                                         fs::remove(target);
                                         ImportSpec spec = csvSpec(folder);
                                         const ImportRows rows = ImportFiles::read(spec);
                                         const ImportPlan plan = ImportPlanner::plan(vocabulary, rows, spec);
                                         Store::create(target, vocabulary);
                                         Store store = Store::open(target.string(), Store::Mode::ReadWrite);
                                         if (plan.hasBadRows() || !store.apply(plan.changeSet, "bench").ok()) {
                                             state.SkipWithError("the import had problems");
                                             break;
                                         }
                                     }
                                     fs::remove(target);
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime()
        ->Iterations(1);

    benchmark::RegisterBenchmark(
        ("peer-sqlite3-import" + size).c_str(),
        [ties](benchmark::State &state) {
            if (!haveTool("sqlite3")) {
                state.SkipWithError("the sqlite3 shell is not installed");
                return;
            }
            const fs::path folder = exportOf(ties, "csv");
            const fs::path target = folder.parent_path() / "sqlite3-import.db";
            std::string commands = ".mode csv";
            for (const char *table : {"entities", "ties", "sources", "citations"})
                commands += "\n.import " + (folder / (std::string(table) + ".csv")).string() + " " + table;
            fs::remove(target);
            timeCommand(state, "rm -f " + shellQuoted(target.string()) + " && printf '%s\\n' " + shellQuoted(commands) +
                                   " | sqlite3 " + shellQuoted(target.string()));
            fs::remove(target);
        })
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(1);

    benchmark::RegisterBenchmark(("import-gexf" + size).c_str(),
                                 [ties](benchmark::State &state) {
                                     const fs::path gexf = exportOf(ties, "gexf");
                                     const Dataset vocabulary = BenchData::loaded(ties).data.vocabulary();
                                     ImportSpec spec;
                                     spec.format = ImportSpec::Format::Gexf;
                                     spec.ties = gexf;
                                     for (auto _ : state) {
                                         const ImportRows rows = GexfReader::read(gexf);
                                         const ImportPlan plan = ImportPlanner::plan(vocabulary, rows, spec);
                                         benchmark::DoNotOptimize(plan.changeSet.changes().size());
                                     }
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();

    benchmark::RegisterBenchmark(
        ("peer-networkx-read-gexf" + size).c_str(),
        [ties](benchmark::State &state) {
            if (std::system("/usr/bin/python3 -c 'import networkx' >/dev/null 2>&1") != 0) {
                state.SkipWithError("python3-networkx is not installed");
                return;
            }
            const fs::path gexf = exportOf(ties, "gexf");
            const fs::path seconds = gexf.parent_path() / "networkx-seconds";
            const std::string script = "import sys, time, networkx\nt = time.perf_counter()\n"
                                       "networkx.read_gexf(sys.argv[1], version='1.2draft')\n"
                                       "print(time.perf_counter() - t)\n";
            for (auto _ : state) {
                if (std::system(("/usr/bin/python3 -c " + shellQuoted(script) + " " + shellQuoted(gexf.string()) +
                                 " > " + shellQuoted(seconds.string()))
                                    .c_str()) != 0) {
                    state.SkipWithError("networkx.read_gexf failed");
                    break;
                }
                double time = 0;
                std::ifstream(seconds) >> time;
                state.SetIterationTime(time);
            }
        })
        ->Unit(benchmark::kMillisecond)
        ->UseManualTime()
        ->Iterations(1);
}

} // namespace tiescope::bench
