// SPDX-License-Identifier: MIT
#include "exportcommand.h"

#include <fstream>
#include <ostream>

#include "databaselocator.h"
#include "datasetloader.h"
#include "exitcode.h"
#include "filter/filterengine.h"
#include "filteroptions.h"
#include "graph/tiegraph.h"
#include "io/atomicfile.h"
#include "io/snapshotbuilder.h"
#include "io/snapshotwriter.h"
#include "io/utctime.h"
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
           "       [--min-grade GRADE] [--text T] [--hide-isolated] [--db PATH]";
}

std::string ExportCommand::details() const
{
    return "A tie is in the window when its dates share at least one day with [--from, --to]; a partial\n"
           "date stands for all its days (docs/data-model.md). The snapshot format is described in\n"
           "docs/snapshot-format.md.\n";
}

std::vector<OptionSpec> ExportCommand::options() const
{
    std::vector<OptionSpec> options{{"--json", "FILE", "the snapshot file to write (replaced only on success)"}};
    for (OptionSpec &option : FilterOptions::options())
        options.push_back(std::move(option));
    return options;
}

int ExportCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto target = arguments.value("--json");
    if (!target || target->empty())
        throw UsageError("export: --json FILE is required (see 'tiescope-cli export --help')");
    const FilterSpec spec = FilterOptions::parse(arguments);

    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    const Dataset data = DatasetLoader::load(path);
    FilterOptions::checkKeys(spec, data);
    const TieGraph graph(data);
    const GraphView view = FilterEngine::apply(graph, spec);
    const Snapshot snapshot =
        SnapshotBuilder::build(view, spec, std::string("tiescope-cli ") + TIESCOPE_VERSION, UtcTime::now());

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
    context.out << "wrote " << TerminalText::clean(*target) << " (" << snapshot.entities.size() << " entities, "
                << snapshot.ties.size() << " ties, " << snapshot.sources.size() << " sources)\n";
    return ExitOk;
}

} // namespace tiescope::cli
