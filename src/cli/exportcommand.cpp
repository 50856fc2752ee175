// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include <cstdint>
#include <memory>
#include <ostream>

#include "databaselocator.h"
#include "datasetloader.h"
#include "exitcode.h"
#include "filter/filterengine.h"
#include "filteroptions.h"
#include "graph/tiegraph.h"
#include "io/interchangeexport.h"
#include "io/utctime.h"
#include "layout/layoutregistry.h"
#include "layout/layoutrequest.h"
#include "layout/layoutstrategy.h"
#include "model/inputerror.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {


std::string ExportCommand::summary() const
{
    return "write the filtered graph as a JSON snapshot, CSV, GraphML, GEXF, Cytoscape.js or FollowTheMoney";
}

std::string ExportCommand::synopsis() const
{
    return "--json FILE | --format json|csv|graphml|gexf|cyjs|ftm --out FILE [--gexf-version 1.3|1.2]\n"
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
           "entities.csv, ties.csv, sources.csv and citations.csv into a new folder, whole or not at all.\n"
           "cyjs is Cytoscape.js JSON (Cytoscape, NetworkX's cytoscape_graph); ftm is FollowTheMoney\n"
           "entities as JSON lines for Aleph (ideas have no FtM schema and are left out, with their ties).\n";
}

std::vector<OptionSpec> ExportCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--json", "FILE", "the snapshot file to write (replaced only on success)"},
        {"--format", "F", "json (a snapshot, the default), csv, graphml, gexf, cyjs or ftm"},
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
    const std::string formatName = arguments.value("--format").value_or("json");
    auto format = InterchangeExport::parse(formatName);
    if (!format || *format == InterchangeExport::Format::Gexf12)
        throw UsageError("export: --format must be json, csv, graphml, gexf, cyjs or ftm, not '" +
                         TerminalText::clean(formatName) + "'");
    if (arguments.has("--json") && arguments.has("--out"))
        throw UsageError("export: give --json FILE or --out FILE, not both");
    if (arguments.has("--json") && *format != InterchangeExport::Format::Json)
        throw UsageError("export: --json writes a snapshot; use --out FILE with --format " + formatName);
    const auto target = arguments.has("--json") ? arguments.value("--json") : arguments.value("--out");
    if (!target || target->empty())
        throw UsageError("export: --json FILE or --out FILE is required (see 'tiescope-cli export --help')");
    const std::string gexfVersion = arguments.value("--gexf-version").value_or("1.3");
    if (gexfVersion != "1.3" && gexfVersion != "1.2")
        throw UsageError("export: --gexf-version must be 1.3 or 1.2, not '" + TerminalText::clean(gexfVersion) + "'");
    if (gexfVersion == "1.2" && *format == InterchangeExport::Format::Gexf)
        format = InterchangeExport::Format::Gexf12;
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
    InterchangeExport::Options options;
    options.filter = spec;
    options.generator = std::string("tiescope-cli ") + TIESCOPE_VERSION;
    options.createdAt = UtcTime::now();
    options.asOfDay = InterchangeExport::asOfDay(data);
    if (layout) {
        LayoutRequest request;
        request.view = &view;
        request.seed = seed;
        options.positions = layout->run(request);
    }
    const InterchangeExport::Summary summary = InterchangeExport::write(*format, view, options, *target);
    const std::string_view name = InterchangeExport::name(*format == InterchangeExport::Format::Gexf12
                                                              ? InterchangeExport::Format::Gexf
                                                              : *format);
    context.out << "wrote " << TerminalText::clean(*target) << (*format == InterchangeExport::Format::Csv ? "/" : "")
                << " (" << summary.entities << " entities, " << summary.ties << " ties";
    if (*format == InterchangeExport::Format::Json || *format == InterchangeExport::Format::Csv)
        context.out << ", " << summary.sources << " sources";
    if (*format == InterchangeExport::Format::Csv)
        context.out << ", " << summary.citations << " citations";
    if (*format == InterchangeExport::Format::Ftm && summary.leftOut > 0)
        context.out << ", " << summary.leftOut << " ideas left out (no FtM schema) with their ties";
    context.out << ", " << name << ")\n";
    return ExitOk;
}

} // namespace tiescope::cli
