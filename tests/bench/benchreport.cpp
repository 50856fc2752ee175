// SPDX-License-Identifier: MIT
// Turns Google Benchmark JSON results (and the memory probe's lines) into the table and the
// plot data of docs/performance.md. The table replaces what stands between the markers
// "<!-- bench:begin -->" and "<!-- bench:end -->", so the hand-written text around it stays.
#include "benchsuite.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

namespace tiescope::bench {

namespace {

struct Run
{
    double ms = NAN;
    std::map<std::string, double> counters;
    bool skipped = false;
};

// stage -> size -> run
using Results = std::map<std::string, std::map<std::size_t, Run>>;

double toMilliseconds(double value, const std::string &unit)
{
    if (unit == "ns")
        return value / 1e6;
    if (unit == "us")
        return value / 1e3;
    if (unit == "s")
        return value * 1e3;
    return value;
}

void readJson(const std::string &path, Results &results)
{
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path + ": cannot open");
    const nlohmann::json root = nlohmann::json::parse(in);
    for (const auto &entry : root.at("benchmarks")) {
        const std::string name = entry.at("name").get<std::string>();
        const auto slash = name.find('/');
        if (slash == std::string::npos)
            continue;
        const std::string stage = name.substr(0, slash);
        const std::size_t size = std::stoull(name.substr(slash + 1));
        Run run;
        if (entry.contains("error_occurred") && entry.at("error_occurred").get<bool>()) {
            run.skipped = true;
        } else {
            run.ms = toMilliseconds(entry.at("real_time").get<double>(), entry.at("time_unit").get<std::string>());
        }
        for (const auto &[key, value] : entry.items()) {
            if (value.is_number() && key != "real_time" && key != "cpu_time" && key != "iterations")
                run.counters[key] = value.get<double>();
        }
        results[stage][size] = run;
    }
}

// Lines from scripts/bench: "memory TIES PEAK PEAK_BEFORE_EXPORT SECONDS ..." from the probe, and
// "generate TIES GENERATE_SECONDS WRITE_SECONDS" from tiescope-cli generate.
void readLines(const std::string &path, Results &results)
{
    std::ifstream in(path);
    std::string word;
    while (in >> word) {
        if (word == "generate") {
            std::size_t ties = 0;
            double generate = 0;
            double write = 0;
            in >> ties >> generate >> write;
            Run run;
            run.ms = (generate + write) * 1e3;
            run.counters["generate_s"] = generate;
            run.counters["write_s"] = write;
            results["generate"][ties] = run;
            continue;
        }
        if (word != "memory")
            continue;
        std::size_t ties = 0;
        double peak = 0;
        double beforeExport = 0;
        double seconds = 0;
        in >> ties >> peak >> beforeExport >> seconds;
        Run run;
        run.ms = seconds * 1e3;
        run.counters["peak_mib"] = peak;
        run.counters["before_export_mib"] = beforeExport;
        results["memory"][ties] = run;
    }
}

std::string sizeLabel(std::size_t ties)
{
    if (ties >= 1'000'000 && ties % 1'000'000 == 0)
        return std::to_string(ties / 1'000'000) + "M";
    if (ties >= 1000 && ties % 1000 == 0)
        return std::to_string(ties / 1000) + "k";
    return std::to_string(ties);
}

// precision < 0: choose by magnitude, so 0.04 ms and 40000 ms both read well.
std::string number(double value, int precision = -1)
{
    if (std::isnan(value))
        return "–";
    if (precision < 0)
        precision = std::abs(value) < 1.0 ? 3 : std::abs(value) < 10.0 ? 2 : std::abs(value) < 1000.0 ? 1 : 0;
    std::ostringstream out;
    out << std::fixed << std::setprecision(precision) << value;
    return out.str();
}

class Table final
{
public:
    Table(const Results &results, std::vector<std::size_t> sizes) : m_results(results), m_sizes(std::move(sizes)) {}

    [[nodiscard]] const Run *find(const std::string &stage, std::size_t size) const
    {
        const auto s = m_results.find(stage);
        if (s == m_results.end())
            return nullptr;
        const auto r = s->second.find(size);
        return r == s->second.end() || r->second.skipped ? nullptr : &r->second;
    }
    [[nodiscard]] double ms(const std::string &stage, std::size_t size) const
    {
        const Run *run = find(stage, size);
        return run ? run->ms : NAN;
    }
    [[nodiscard]] double counter(const std::string &stage, std::size_t size, const std::string &name) const
    {
        const Run *run = find(stage, size);
        if (!run)
            return NAN;
        const auto it = run->counters.find(name);
        return it == run->counters.end() ? NAN : it->second;
    }

    template <typename Cell>
    void row(std::ostream &out, const std::string &label, Cell cell) const
    {
        out << "| " << label << " |";
        for (const std::size_t size : m_sizes)
            out << ' ' << cell(size) << " |";
        out << '\n';
    }

    [[nodiscard]] const std::vector<std::size_t> &sizes() const { return m_sizes; }

private:
    const Results &m_results;
    std::vector<std::size_t> m_sizes;
};

std::string ratio(double a, double b)
{
    return std::isnan(a) || std::isnan(b) || b <= 0 ? "–" : number(a / b, 2) + "×";
}

void writeTable(std::ostream &out, const Table &t)
{
    out << "| Stage (time in ms unless noted) |";
    for (const std::size_t size : t.sizes())
        out << ' ' << sizeLabel(size) << " ties |";
    out << "\n|---|";
    for (std::size_t i = 0; i < t.sizes().size(); ++i)
        out << "---:|";
    out << '\n';
    const auto ms = [&t](const char *stage) { return [&t, stage](std::size_t s) { return number(t.ms(stage, s)); }; };
    t.row(out, "Load: store → Dataset → TieGraph", ms("load"));
    t.row(out, "Peer: `sqlite3` shell scanning the same rows", ms("peer-sqlite3-scan"));
    t.row(out, "**Load ÷ sqlite3 scan** (target ≤ 3× at 1M)",
          [&t](std::size_t s) { return ratio(t.ms("load", s), t.ms("peer-sqlite3-scan", s)); });
    t.row(out, "Filter: 5 of 9 domains + 1990–2010 (target < 50 ms at 1M)", ms("filter"));
    t.row(out, "Force layout: one iteration, 2 threads", ms("layout-iteration"));
    t.row(out, "Force layout to convergence, 2 threads", ms("layout-converge"));
    t.row(out, "Force layout to convergence, 1 thread", ms("layout-converge-1thread"));
    t.row(out, "… iterations at full size / over all levels", [&t](std::size_t s) {
        return number(t.counter("layout-converge", s, "full_iterations"), 0) + " / " +
               number(t.counter("layout-converge", s, "all_iterations"), 0);
    });
    t.row(out, "Peer: Graphviz `sfdp` (process, DOT in, plain out)", ms("peer-sfdp"));
    t.row(out, "**sfdp ÷ ours** (above 1: ours faster)",
          [&t](std::size_t s) { return ratio(t.ms("peer-sfdp", s), t.ms("layout-converge", s)); });
    t.row(out, "Baseline: Boost `fruchterman_reingold_force_directed_layout`", ms("peer-boost-fr"));
    t.row(out, "Normalised stress, ours / sfdp / Boost (lower is better)", [&t](std::size_t s) {
        return number(t.counter("layout-converge", s, "stress"), 3) + " / " +
               number(t.counter("peer-sfdp", s, "stress"), 3) + " / " + number(t.counter("peer-boost-fr", s, "stress"), 3);
    });
    t.row(out, "Neighbourhood preservation, ours / sfdp / Boost (higher is better)", [&t](std::size_t s) {
        return number(t.counter("layout-converge", s, "neighbourhood"), 3) + " / " +
               number(t.counter("peer-sfdp", s, "neighbourhood"), 3) + " / " +
               number(t.counter("peer-boost-fr", s, "neighbourhood"), 3);
    });
    t.row(out, "Circular layout", ms("layout-circular"));
    t.row(out, "Domain layout", ms("layout-domain"));
    t.row(out, "Time layout", ms("layout-time"));
    t.row(out, "Canvas: build the scene (an item per entity, one tie layer, positions set)", ms("render-build"));
    t.row(out, "Canvas: a filter applied to the scene (`setView`; items kept, not rebuilt)", ms("render-filter"));
    t.row(out, "Window: a store with its kept picture opened, from the data read to the first frame (target < 5 s at 1M)",
          ms("open-picture"));
    t.row(out, "Canvas: paint one cold 1600×1000 frame, whole graph fitted (target < 16 ms at 100k ties = 10k entities)",
          ms("render-frame-fit"));
    t.row(out, "Canvas: paint one cold 1600×1000 frame, zoomed 4× on the centre (target < 16 ms at 100k)",
          ms("render-frame-zoom"));
    t.row(out, "Canvas: one frame of a zoom in progress (the last picture's ties scaled), zoomed 4×",
          ms("render-frame-zoom-preview"));
    t.row(out, "Canvas: one frame of a pan (50 px from the last), fitted / zoomed 4×", [&t](std::size_t s) {
        return number(t.ms("render-frame-pan-fit", s)) + " / " + number(t.ms("render-frame-pan-zoom", s));
    });
    t.row(out, "… labels drawn, fitted / zoomed", [&t](std::size_t s) {
        return number(t.counter("render-frame-fit", s, "labels"), 0) + " / " +
               number(t.counter("render-frame-zoom", s, "labels"), 0);
    });
    t.row(out, "Canvas: which tie is under the pointer (`tieAt`, µs)",
          [&t](std::size_t s) { return number(t.ms("render-hit", s) * 1e3); });
    t.row(out, "Edit: one tie added, to store, graph and canvas (target < 50 ms at 100k)", ms("edit-one"));
    t.row(out, "Edit: its undo (target < 50 ms at 100k)", ms("edit-undo"));
    t.row(out, "Edit: merge two entities of 1,000 ties each (a hundredth of the ties below 100k; target < 200 ms)",
          ms("edit-merge"));
    t.row(out, "Edit: delete 10k ties at once (a tenth below 100k; target < 1 s)", ms("edit-delete"));
    t.row(out, "Import: CSV export folder → new store, one change-set", ms("import-csv"));
    t.row(out, "Peer: `sqlite3` shell `.import` of the same four CSV files into plain tables", ms("peer-sqlite3-import"));
    t.row(out, "**CSV import ÷ sqlite3 .import** (target ≤ 2× at 100k)",
          [&t](std::size_t s) { return ratio(t.ms("import-csv", s), t.ms("peer-sqlite3-import", s)); });
    t.row(out, "Import: GEXF read + dry-run plan", ms("import-gexf"));
    t.row(out, "Peer: NetworkX `read_gexf` of the same file (inside Python)", ms("peer-networkx-read-gexf"));
    t.row(out, "**NetworkX ÷ ours** (target ≥ 10× at 100k)",
          [&t](std::size_t s) { return ratio(t.ms("peer-networkx-read-gexf", s), t.ms("import-gexf", s)); });
    t.row(out, "PNG export, 1600×1000 (draw, encode, write)", ms("export-png"));
    t.row(out, "JSON export of the whole graph", ms("export-json"));
    t.row(out, "… JSON size (MB)",
          [&t](std::size_t s) { return number(t.counter("export-json", s, "bytes") / 1e6); });
    t.row(out, "`tiescope-cli generate`: generate / write the store (s)", [&t](std::size_t s) {
        return number(t.counter("generate", s, "generate_s"), 2) + " / " + number(t.counter("generate", s, "write_s"), 2);
    });
    t.row(out, "Peak memory, load + graph + filter + force layout (MiB; target < 1024 at 1M)",
          [&t](std::size_t s) { return number(t.counter("memory", s, "before_export_mib"), 0); });
    t.row(out, "Peak memory, the same then JSON export of everything (MiB)",
          [&t](std::size_t s) { return number(t.counter("memory", s, "peak_mib"), 0); });
    t.row(out, "… that whole path, wall time (s)",
          [&t](std::size_t s) { return number(t.ms("memory", s) / 1e3); });
}

// One line per size: ties and the time of each stage, for gnuplot.
void writePlotData(std::ostream &out, const Table &t)
{
    out << "# ties load sqlite3 filter layout sfdp boost export circular domain time frame png\n";
    for (const std::size_t s : t.sizes()) {
        out << s;
        for (const char *stage : {"load", "peer-sqlite3-scan", "filter", "layout-converge", "peer-sfdp",
                                  "peer-boost-fr", "export-json", "layout-circular", "layout-domain", "layout-time",
                                  "render-frame-fit", "export-png"}) {
            const double value = t.ms(stage, s);
            out << ' ' << (std::isnan(value) ? std::string("NaN") : number(value, 3));
        }
        out << '\n';
    }
}

} // namespace

int writeReport(int argc, char **argv)
{
    if (argc < 3) {
        std::cerr << "usage: tiescope-bench --report DOC.md PLOT.dat RESULTS.json|MEMORY.txt...\n";
        return 2;
    }
    const std::string document = argv[0];
    const std::string plot = argv[1];
    Results results;
    for (int i = 2; i < argc; ++i) {
        const std::string path = argv[i];
        if (path.size() > 5 && path.substr(path.size() - 5) == ".json")
            readJson(path, results);
        else
            readLines(path, results);
    }
    std::set<std::size_t> sizeSet;
    for (const auto &[stage, bySize] : results) {
        for (const auto &[size, run] : bySize)
            sizeSet.insert(size);
    }
    const Table table(results, {sizeSet.begin(), sizeSet.end()});

    std::ostringstream generated;
    writeTable(generated, table);
    std::string text;
    {
        std::ifstream in(document);
        std::ostringstream all;
        all << in.rdbuf();
        text = all.str();
    }
    const std::string begin = "<!-- bench:begin -->";
    const std::string end = "<!-- bench:end -->";
    const auto from = text.find(begin);
    const auto to = text.find(end);
    const std::string block = begin + "\n" + generated.str() + end;
    if (from != std::string::npos && to != std::string::npos && to > from)
        text.replace(from, to + end.size() - from, block);
    else
        text += "\n" + block + "\n";
    std::ofstream(document) << text;
    std::ofstream plotOut(plot);
    writePlotData(plotOut, table);
    std::cout << generated.str();
    return 0;
}

} // namespace tiescope::bench
