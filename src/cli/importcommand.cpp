// SPDX-License-Identifier: MIT
#include "importcommand.h"

#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "databaselocator.h"
#include "editsession.h"
#include "exitcode.h"
#include "importoptions.h"
#include "interchange/importchangestream.h"
#include "interchange/importfiles.h"
#include "interchange/importformats.h"
#include "interchange/importplanner.h"
#include "model/inputerror.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

namespace {

constexpr std::size_t ShownRows = 20;
constexpr std::size_t DryRunPartSize = 16;

void printReport(const ImportPlan &plan, CommandContext &context)
{
    context.out << plan.summary() << '\n';
    std::size_t shown = 0, hidden = 0;
    for (const ImportPlan::Row &row : plan.rows) {
        if (row.outcome == ImportPlan::Outcome::Unchanged)
            continue;
        if (shown++ >= ShownRows) {
            ++hidden;
            continue;
        }
        context.out << "  " << ImportPlan::toString(row.outcome) << ' ' << row.table << ' '
                    << TerminalText::clean(row.key)
                    << (row.detail.empty() ? "" : ": " + TerminalText::clean(row.detail)) << '\n';
    }
    hidden += plan.rowsLeftOut;
    if (hidden != 0)
        context.out << "  ... and " << hidden << " more (--json lists every row)\n";
    for (const ImportIssue &issue : plan.badRows)
        context.err << TerminalText::clean(issue.toString()) << '\n';
}

// The vocabulary a new store starts from: the bundled store's, as File -> New Store does.
Dataset vocabulary(const CommandContext &context)
{
    const std::string bundled = DatabaseLocator::resolve({}, context.executablePath);
    return Store::open(bundled, Store::Mode::ReadOnly).load().vocabulary();
}

} // namespace

std::string ImportCommand::summary() const
{
    return "import CSV, GEXF or GraphML into a store (--db FILE), with a dry run";
}

std::string ImportCommand::synopsis() const
{
    return "--db FILE (--spec SPEC.json | --format " + ImportFormats::keys("|") +
           " FILE...) [--dry-run] [--apply-valid]\n"
           "       [--map FIELD=COLUMN]... [--default-source KEY --default-grade G] [--save-spec OUT.json] [--json]";
}

std::string ImportCommand::details() const
{
    return "CSV files: an edge list (ties) alone, an entities file then a ties file, or the folder a CSV export\n"
           "wrote. Rows match the store's records by their key (the id column); a re-import changes nothing.\n"
           "With bad rows nothing is written unless --apply-valid, and the exit code is 1; --dry-run never\n"
           "writes. A --db that does not exist is created with the bundled store's vocabulary.\n"
           "See docs/interchange.md.\n";
}

std::vector<OptionSpec> ImportCommand::options() const
{
    std::vector<OptionSpec> options = ImportOptions::options();
    const auto edit = EditSession::options();
    options.insert(options.end(), edit.begin(), edit.end());
    return options;
}

int ImportCommand::run(const Arguments &arguments, CommandContext &context) const
{
    ImportSpec spec = ImportOptions::spec(arguments);
    if (context.databasePath.empty())
        throw UsageError("import: --db FILE is required (an existing store, or a new file to create)");
    std::error_code error;
    const bool create = !std::filesystem::exists(context.databasePath, error);
    std::optional<Store> store;
    if (!create)
        store.emplace(EditSession::open(context, name()));
    const Dataset data = store ? store->load() : vocabulary(context);

    // Rows are planned as they are read and never all held; the text report keeps only the rows
    // it shows. Applying, the change-set is written in parts as it is planned (ImportChangeStream).
    const bool dryRun = arguments.has("--dry-run");
    const bool applyValid = arguments.has("--apply-valid");
    const bool asJson = arguments.has("--json");
    const std::string label = arguments.value("--label").value_or("import " + ImportSpec::toString(spec.format));
    ImportPlanner planner(data, spec);
    if (!asJson)
        planner.limitRows(ShownRows);
    const auto saveSpec = [&arguments, &spec] {
        if (const auto out = arguments.value("--save-spec"))
            spec.write(*out);
    };
    ImportPlan plan;
    std::int64_t changeSetId = 0;
    if (dryRun) {
        planner.dropDrafts();
        // Counted, not kept: let go as soon as planned, while they are in the cache (and before
        // a part's worth of them is freed at once, which makes malloc consolidate its heap).
        planner.streamChanges(DryRunPartSize, [](const ChangeSet &) {});
        ImportFiles::stream(spec, planner);
        plan = planner.finish();
        saveSpec();
    } else {
        ImportChangeStream import(spec, planner, applyValid);
        const std::string author = EditSession::author(arguments);
        const ApplyResult result = create ? Store::create(context.databasePath, data, import, label, author)
                                          : store->apply(import, label, author);
        plan = std::move(import.plan());
        saveSpec();
        if (!result.ok()) {
            for (const Problem &problem : result.problems)
                context.err << TerminalText::clean(problem.toString()) << '\n';
            context.err << context.program << ": " << TerminalText::clean(context.databasePath) << ": "
                        << result.problems.size() << " problems; nothing written\n";
            return ExitFailure;
        }
        changeSetId = result.changeSetId;
    }
    plan.changeSet.setLabel(label);
    const bool refused = plan.hasBadRows() && !applyValid;

    if (asJson) {
        nlohmann::ordered_json json = plan.toJson();
        json["applied"] = changeSetId != 0;
        json["change_set"] = changeSetId;
        context.out << json.dump(2) << '\n';
    } else {
        printReport(plan, context);
        if (changeSetId != 0)
            context.out << "change-set " << changeSetId << " (" << TerminalText::clean(plan.changeSet.label())
                        << "): " << plan.changeCount() << " changes written to "
                        << TerminalText::clean(context.databasePath) << '\n';
        else if (dryRun)
            context.out << "dry run: nothing written\n";
        else if (plan.changeCount() == 0 && !refused)
            context.out << "nothing to change\n";
    }
    if (!plan.hasBadRows())
        return ExitOk;
    // Bad input fails the command even when the valid rows were written, so scripts notice.
    context.err << context.program << ": " << plan.badRows.size()
                << (plan.badRows.size() == 1 ? " bad row" : " bad rows")
                << (dryRun    ? ""
                    : refused ? "; nothing written (--apply-valid writes the valid rows)"
                              : " left out; the valid rows were written")
                << '\n';
    return ExitFailure;
}

} // namespace tiescope::cli
