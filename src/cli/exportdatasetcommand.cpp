// SPDX-License-Identifier: MIT
#include "exportdatasetcommand.h"

#include <ostream>

#include "databaselocator.h"
#include "exitcode.h"
#include "io/datasetreader.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string ExportDatasetCommand::summary() const
{
    return "write the store back as a dataset folder (reviewable JSON, as data/serbia-russia/)";
}

std::string ExportDatasetCommand::synopsis() const
{
    return "[--db FILE] --out DIR";
}

std::string ExportDatasetCommand::details() const
{
    return "DIR gets dataset.json, domains.json, kinds.json, relations.json, sources.json, entities.json\n"
           "and ties.json, laid out as the bundled dataset's files (docs/dataset.md), records in a stable\n"
           "order, so a store kept under git gives readable diffs; a dataset built with build-db comes back\n"
           "byte for byte. DIR appears complete or not at all: it may not exist yet, be empty, or be a\n"
           "dataset folder, which is then replaced as a whole.\n";
}

std::vector<OptionSpec> ExportDatasetCommand::options() const
{
    return {{"--out", "DIR", "the dataset folder to write"}};
}

int ExportDatasetCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto out = arguments.value("--out");
    if (!out || out->empty())
        throw UsageError("export-dataset: --out DIR is required (see 'tiescope-cli export-dataset --help')");
    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    if (DatasetReader::isDatasetFolder(path))
        throw InputError(path, "is a dataset folder already; export-dataset reads a store file");
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    store.exportDataset(*out);
    context.out << "wrote " << TerminalText::clean(*out) << '\n';
    return ExitOk;
}

} // namespace tiescope::cli
