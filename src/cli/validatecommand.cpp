// SPDX-License-Identifier: MIT
#include "validatecommand.h"

#include <ostream>

#include "databaselocator.h"
#include "exitcode.h"
#include "io/datasetreader.h"
#include "io/datasetvalidator.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

struct Findings
{
    std::vector<std::string> lines;
    std::size_t entities = 0;
    std::size_t ties = 0;
};

Findings checkFolder(const std::string &path)
{
    DatasetReader::Result result = DatasetReader::read(path);
    Findings findings;
    for (const Problem &problem : result.problems)
        findings.lines.push_back(problem.toString());
    findings.entities = result.dataset.entities().size();
    findings.ties = result.dataset.ties().size();
    return findings;
}

Findings checkStore(const std::string &path)
{
    // A file that is no TieScope store at all is a bad input (one line, exit 1), not a finding.
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    Findings findings;
    for (const std::string &problem : store.integrityProblems())
        findings.lines.push_back(path + ": " + problem);
    try {
        const Dataset data = store.load();
        for (const Problem &problem : DatasetValidator::validate(data, path))
            findings.lines.push_back(problem.toString());
        findings.entities = data.entities().size();
        findings.ties = data.ties().size();
    } catch (const InputError &error) {
        findings.lines.emplace_back(error.what());
    }
    return findings;
}

} // namespace

std::string ValidateCommand::summary() const
{
    return "check a database or a dataset folder against every integrity rule";
}

std::string ValidateCommand::synopsis() const
{
    return "[PATH]";
}

std::string ValidateCommand::details() const
{
    return "PATH is a TieScope database file or a dataset folder (one with a dataset.json); without it,\n"
           "the --db database. Problems go to standard output, one per line: FILE: RECORD: PROBLEM.\n"
           "Exit code 0 when there is none, 1 otherwise.\n";
}

int ValidateCommand::run(const Arguments &arguments, CommandContext &context) const
{
    if (!arguments.positionals().empty() && !context.databasePath.empty())
        throw UsageError("validate: give either PATH or --db, not both");
    const std::string path = arguments.positionals().empty()
                                 ? DatabaseLocator::resolve(context.databasePath, context.executablePath)
                                 : arguments.positionals().front();
    const bool folder = DatasetReader::isDatasetFolder(path);
    const Findings findings = folder ? checkFolder(path) : checkStore(path);
    for (const std::string &line : findings.lines)
        context.out << TerminalText::clean(line) << '\n';
    if (!findings.lines.empty()) {
        context.err << context.program << ": " << TerminalText::clean(path) << ": " << findings.lines.size()
                    << (findings.lines.size() == 1 ? " problem" : " problems") << '\n';
        return ExitFailure;
    }
    context.out << TerminalText::clean(path) << ": valid (" << findings.entities << " entities, " << findings.ties
                << " ties)\n";
    return ExitOk;
}

} // namespace tiescope::cli
