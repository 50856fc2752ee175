// SPDX-License-Identifier: MIT
#include "builddbcommand.h"

#include <filesystem>
#include <ostream>
#include <system_error>

#include "exitcode.h"
#include "io/datasetreader.h"
#include "io/utctime.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string BuildDbCommand::summary() const
{
    return "validate a dataset folder and write it as a TieScope database";
}

std::string BuildDbCommand::synopsis() const
{
    return "--dataset DIR --out FILE";
}

std::vector<OptionSpec> BuildDbCommand::options() const
{
    return {
        {"--dataset", "DIR", "the dataset folder to read (dataset.json, ties.json, ...)"},
        {"--out", "FILE", "the database to write; replaced only when the build succeeds"},
    };
}

int BuildDbCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const auto folder = arguments.value("--dataset");
    const auto out = arguments.value("--out");
    if (!folder || folder->empty())
        throw UsageError("build-db: --dataset DIR is required (see 'tiescope-cli build-db --help')");
    if (!out || out->empty())
        throw UsageError("build-db: --out FILE is required (see 'tiescope-cli build-db --help')");

    std::error_code error;
    if (!std::filesystem::is_directory(*folder, error))
        throw InputError(*folder, std::filesystem::exists(*folder, error) ? "is not a directory (a dataset is a folder)"
                                                                          : "no such directory");
    DatasetReader::Result result = DatasetReader::read(*folder);
    if (!result.ok()) {
        for (const Problem &problem : result.problems)
            context.err << TerminalText::clean(problem.toString()) << '\n';
        context.err << context.program << ": " << TerminalText::clean(*folder) << ": " << result.problems.size()
                    << (result.problems.size() == 1 ? " problem" : " problems") << "; nothing written\n";
        return ExitFailure;
    }
    result.dataset.info().builtAt = UtcTime::now();

    Store::create(*out, result.dataset);
    context.out << "wrote " << TerminalText::clean(*out) << " (" << result.dataset.entities().size() << " entities, "
                << result.dataset.ties().size() << " ties, " << result.dataset.sources().size() << " sources)\n";
    return ExitOk;
}

} // namespace tiescope::cli
