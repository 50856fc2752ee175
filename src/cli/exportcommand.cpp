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
#include "io/graphsnapshotrecords.h"
#include "io/snapshotwriter.h"
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
    return "write the filtered graph as a JSON snapshot";
}

std::string ExportCommand::synopsis() const
{
    return "--json FILE [--domain D]... [--kind K]... [--status S]... [--from DATE] [--to DATE]\n"
           "       [--min-grade GRADE] [--text T] [--isolated MODE] [--layout NAME] [--seed N] [--db PATH]";
}

std::string ExportCommand::details() const
{
    return "A tie is in the window when its dates share at least one day with [--from, --to]; a partial\n"
           "date stands for all its days (docs/data-model.md). The snapshot format is described in\n"
           "docs/snapshot-format.md. With --layout, each visible entity's position from that layout\n"
           "(run on the filtered graph, deterministic for a seed) is added under \"positions\".\n";
}

std::vector<OptionSpec> ExportCommand::options() const
{
    std::vector<OptionSpec> options{{"--json", "FILE", "the snapshot file to write (replaced only on success)"}};
    for (OptionSpec &option : FilterOptions::options())
        options.push_back(std::move(option));
    options.push_back({"--layout", "NAME", "add positions from this layout (force, circular, domain, time)"});
    options.push_back({"--seed", "N", "the layout's seed (default 1)"});
    return options;
}

int ExportCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto target = arguments.value("--json");
    if (!target || target->empty())
        throw UsageError("export: --json FILE is required (see 'tiescope-cli export --help')");
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
    GraphSnapshotRecords snapshot(view, spec, std::string("tiescope-cli ") + TIESCOPE_VERSION, UtcTime::now());
    if (layout) {
        LayoutRequest request;
        request.view = &view;
        request.seed = seed;
        snapshot.setPositions(layout->run(request));
    }

    AtomicFile file(*target);
    {
        std::ofstream out(file.temporaryPath(), std::ios::binary | std::ios::trunc);
        if (!out)
            throw InputError(*target, "cannot be written");
        try {
            SnapshotWriter::write(snapshot, out);
        } catch (const std::runtime_error &) {
            throw InputError(*target, "writing failed");
        }
        out.close();
        if (!out)
            throw InputError(*target, "writing failed");
    }
    file.commit();
    context.out << "wrote " << TerminalText::clean(*target) << " (" << view.visibleEntityCount() << " entities, "
                << view.visibleTieCount() << " ties, " << snapshot.citedSources().size() << " sources)\n";
    return ExitOk;
}

} // namespace tiescope::cli
