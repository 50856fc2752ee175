// SPDX-License-Identifier: MIT
// Peers run as the programs people would use, on the same data: the sqlite3 shell scanning
// the rows the store reader reads (the floor for "load"), and Graphviz sfdp laying out the
// same graph written as DOT (the layout peer, judged by the same quality measure).
#include "benchsuite.h"

#include <filesystem>
#include <fstream>

#include <benchmark/benchmark.h>

#include "benchdata.h"
#include "benchquality.h"
#include "benchshell.h"
#include "layout/layoutgraph.h"

namespace tiescope::bench {

namespace {

// Every column the store reader reads, aggregated so the shell's output formatting does not
// count: the least work anything can do to read these rows.
constexpr const char *ScanSql =
    "SELECT count(*), max(key), max(name), max(kind_id), max(country), max(description) FROM entities;"
    "SELECT count(*), max(key), max(from_id), max(to_id), max(domain_id), max(relation_id), max(start_date),"
    " max(end_date), max(status), max(strength), max(note) FROM ties;"
    "SELECT count(*), max(source_id), max(tie_id), max(entity_id), max(locator), max(reliability),"
    " max(credibility) FROM citations;"
    "SELECT count(*), max(alias) FROM entity_aliases;";

} // namespace

void registerPeers(std::size_t ties)
{
    const std::string size = "/" + std::to_string(ties);
    benchmark::RegisterBenchmark(("peer-sqlite3-scan" + size).c_str(), [ties](benchmark::State &state) {
        if (!haveTool("sqlite3")) {
            state.SkipWithError("the sqlite3 shell is not installed");
            return;
        }
        timeCommand(state, "sqlite3 -readonly " + shellQuoted(BenchData::storePath(ties)) + " " +
                               shellQuoted(ScanSql) + " >/dev/null");
    })->Unit(benchmark::kMillisecond)->UseManualTime();

    benchmark::RegisterBenchmark(("peer-sfdp" + size).c_str(), [ties](benchmark::State &state) {
        if (!haveTool("sfdp")) {
            state.SkipWithError("Graphviz sfdp is not installed");
            return;
        }
        const auto &loaded = BenchData::loaded(ties);
        const LayoutGraph tied = LayoutGraph::fromView(*loaded.all, 1.0, true);
        const std::string dot = BenchData::directory() + "/graph-" + std::to_string(ties) + ".dot";
        const std::string plain = BenchData::directory() + "/graph-" + std::to_string(ties) + ".plain";
        {
            std::ofstream out(dot);
            out << "graph G {\n";
            for (std::uint32_t u = 0; u < tied.nodeCount(); ++u) {
                for (const std::uint32_t v : tied.neighbours(u)) {
                    if (u < v)
                        out << u << " -- " << v << ";\n";
                }
            }
            out << "}\n";
        }
        timeCommand(state, "sfdp -Tplain " + shellQuoted(dot) + " -o " + shellQuoted(plain));
        // -Tplain: "node NAME X Y ..." per node.
        std::vector<Point> positions(tied.nodeCount());
        std::ifstream in(plain);
        std::string word;
        while (in >> word) {
            if (word != "node")
                continue;
            std::uint32_t node = 0;
            Point p;
            if (in >> node >> p.x >> p.y && node < positions.size())
                positions[node] = p;
        }
        addQuality(state, tied, positions);
        std::filesystem::remove(dot);
        std::filesystem::remove(plain);
    })->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1);
}

} // namespace tiescope::bench
