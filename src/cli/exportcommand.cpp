// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include <cstdint>
#include <fstream>
#include <memory>
#include <ostream>

#include "databaselocator.h"
#include "datasetloader.h"
#include "exitcode.h"
#include "filter/filterengine.h"
#include "filteroptions.h"
#include "graph/tiegraph.h"
#include "io/atomicfile.h"
#include "io/csvexporter.h"
#include "io/gexfwriter.h"
#include "io/graphmlwriter.h"
#include "io/graphsnapshotrecords.h"
#include "io/snapshotwriter.h"
#include "io/utctime.h"
#include "layout/layoutregistry.h"
#include "layout/layoutrequest.h"
#include "layout/layoutstrategy.h"
#include "model/inputerror.h"
#include "model/partialdate.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

// Where open and unknown ends stop in a GEXF spell: the day the store was built, else today.
std::int32_t asOfDay(const Dataset &data)
{
    const std::string built = data.info().builtAt.empty() ? UtcTime::now() : data.info().builtAt;
    const auto day = PartialDate::parse(built.substr(0, 10));
    return day ? day->lastDay() : PartialDate::parse(UtcTime::now().substr(0, 10))->lastDay();
}

} // namespace

std::string ExportCommand::summary() const
{
    return "write the filtered graph as a JSON snapshot, GraphML or GEXF";
}

std::string ExportCommand::synopsis() const
{
    return "--json FILE | --format json|csv|graphml|gexf --out FILE [--gexf-version 1.3|1.2]\n"
           "       [--domain D]... [--kind K]... [--status S]... [--from DATE] [--to DATE]\n"
           "       [--min-grade GRADE] [--text T] [--isolated MODE] [--layout NAME] [--seed N] [--db PATH]";
}

std::string ExportCommand::details() const
{
    return "A tie is in the window when its dates share at least one day with [--from, --to]; a partial\n"
           "date stands for all its days (docs/data-model.md). The snapshot format is described in\n"
           "docs/snapshot-format.md. With --layout, each visible entity's position from that layout\n"
           "(run on the filtered graph, deterministic for a seed) is added under \"positions\".\n"
           "GraphML and GEXF (docs/interchange.md) carry the same entities and ties for yEd, Gephi,\n"
           "NetworkX and igraph: one edge per tie with its key as id, EDTF dates as text, and in GEXF\n"
           "the possible days as spells; --gexf-version 1.2 writes 1.2draft for older readers. CSV writes\n"
           "entities.csv, ties.csv, sources.csv and citations.csv into a new folder, whole or not at all.\n";
}

std::vector<OptionSpec> ExportCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--json", "FILE", "the snapshot file to write (replaced only on success)"},
        {"--format", "F", "json (a snapshot, the default), csv, graphml or gexf"},
        {"--out", "FILE", "the file to write in that format (replaced only on success); for csv a new folder"},
        {"--gexf-version", "V", "1.3 (the default) or 1.2 (1.2draft, for NetworkX 2.8)"}};
    for (OptionSpec &option : FilterOptions::options())
        options.push_back(std::move(option));
    options.push_back({"--layout", "NAME", "add positions from this layout (force, circular, domain, time)"});
    options.push_back({"--seed", "N", "the layout's seed (default 1)"});
    return options;
}

int ExportCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const std::string format = arguments.value("--format").value_or("json");
    if (format != "json" && format != "graphml" && format != "gexf" && format != "csv")
        throw UsageError("export: --format must be json, csv, graphml or gexf, not '" + TerminalText::clean(format) +
                         "'");
    if (arguments.has("--json") && arguments.has("--out"))
        throw UsageError("export: give --json FILE or --out FILE, not both");
    if (arguments.has("--json") && format != "json")
        throw UsageError("export: --json writes a snapshot; use --out FILE with --format " + format);
    const auto target = arguments.has("--json") ? arguments.value("--json") : arguments.value("--out");
    if (!target || target->empty())
        throw UsageError("export: --json FILE or --out FILE is required (see 'tiescope-cli export --help')");
    const std::string gexfVersion = arguments.value("--gexf-version").value_or("1.3");
    if (gexfVersion != "1.3" && gexfVersion != "1.2")
        throw UsageError("export: --gexf-version must be 1.3 or 1.2, not '" + TerminalText::clean(gexfVersion) + "'");
    const FilterSpec spec = FilterOptions::parse(arguments);
    std::unique_ptr<LayoutStrategy> layout;
    if (const auto name = arguments.value("--layout")) {
        layout = LayoutRegistry::create(*name);
        if (!layout)
            throw UsageError("export: unknown layout '" + *name + "' (see 'tiescope-cli export --help')");
    }
    std::uint64_t seed = 1;
    if (const auto text = arguments.value("--seed")) {
        try {
            std::size_t used = 0;
            seed = std::stoull(*text, &used);
            if (used != text->size() || text->front() == '-')
                throw std::invalid_argument("seed");
        } catch (const std::exception &) {
            throw UsageError("export: --seed needs a whole number, not '" + *text + "'");
        }
    }

    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    const Dataset data = DatasetLoader::load(path);
    FilterOptions::checkKeys(spec, data);
    const TieGraph graph(data);
    const GraphView view = FilterEngine::apply(graph, spec);
    // Written record by record from the graph: a million ties never sit in memory as text.
    const std::string generator = std::string("tiescope-cli ") + TIESCOPE_VERSION;
    GraphSnapshotRecords snapshot(view, spec, generator, UtcTime::now());
    std::vector<Point> positions;
    if (layout) {
        LayoutRequest request;
        request.view = &view;
        request.seed = seed;
        positions = layout->run(request);
        snapshot.setPositions(positions);
    }

    if (format == "csv") {
        const CsvExporter::Counts counts = CsvExporter::write(view, *target);
        context.out << "wrote " << TerminalText::clean(*target) << "/ (" << counts.entities << " entities, "
                    << counts.ties << " ties, " << counts.sources << " sources, " << counts.citations
                    << " citations, csv)\n";
        return ExitOk;
    }
    AtomicFile file(*target);
    {
        std::ofstream out(file.temporaryPath(), std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError(*target, "cannot be written");
        try {
            if (format == "graphml") {
                GraphmlWriter::write(view, positions, out);
            } else if (format == "gexf") {
                GexfWriter::Options options;
                options.version = gexfVersion == "1.2" ? GexfWriter::Version::V1_2Draft : GexfWriter::Version::V1_3;
                options.asOfDay = asOfDay(data);
                options.positions = positions;
                options.creator = generator;
                GexfWriter::write(view, options, out);
            } else {
                SnapshotWriter::write(snapshot, out);
            }
        } catch (const std::runtime_error &) {
            throw InputError(*target, "writing failed");
        }
        out.close();
        if (!out)
            throw InputError(*target, "writing failed");
    }
    file.commit();
    context.out << "wrote " << TerminalText::clean(*target) << " (" << view.visibleEntityCount() << " entities, "
                << view.visibleTieCount() << " ties";
    if (format == "json")
        context.out << ", " << snapshot.citedSources().size() << " sources";
    context.out << ", " << format << ")\n";
    return ExitOk;
}

} // namespace tiescope::cli
