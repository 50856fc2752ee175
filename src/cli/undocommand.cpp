// SPDX-License-Identifier: MIT
#include "undocommand.h"

#include <charconv>
#include <ostream>

#include "edit/loggedundo.h"
#include "editsession.h"
#include "exitcode.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string UndoCommand::summary() const
{
    return "take back the newest change-set of a store (--db FILE), or the one --change-set names";
}

std::string UndoCommand::synopsis() const
{
    return "--db FILE [--change-set N] [--author NAME] [--label TEXT]";
}

std::string UndoCommand::details() const
{
    return "The change-set's rows in the audit trail ('history' lists them with their change-set number)\n"
           "give its inverse, which is applied as a new change-set labelled \"undo LABEL\": it is logged like\n"
           "any edit, and 'undo' again takes the undo back. Refused, with nothing written, when later edits\n"
           "changed the same records again or build on what it would take back (a tie added to an entity\n"
           "it would delete): each is named.\n";
}

std::vector<OptionSpec> UndoCommand::options() const
{
    std::vector<OptionSpec> options{{"--change-set", "N", "the change-set to take back (default: the newest)"}};
    for (OptionSpec &option : EditSession::options())
        options.push_back(std::move(option));
    return options;
}

int UndoCommand::run(const Arguments &arguments, CommandContext &context) const
{
    std::optional<std::int64_t> wanted;
    if (const auto text = arguments.value("--change-set")) {
        std::int64_t number = 0;
        const char *end = text->data() + text->size();
        const auto [ptr, error] = std::from_chars(text->data(), end, number);
        if (text->empty() || error != std::errc() || ptr != end || number <= 0)
            throw UsageError("undo: --change-set needs a change-set number from 'history', not '" +
                             TerminalText::clean(*text) + "'");
        wanted = number;
    }
    Store store = EditSession::open(context, name());
    std::optional<LoggedUndo::Plan> plan;
    try {
        plan = LoggedUndo::plan(store.history(), wanted);
    } catch (const std::runtime_error &damaged) {
        throw InputError(context.databasePath, damaged.what());
    }
    if (!plan) {
        if (wanted)
            throw InputError(context.databasePath, "has no change-set " + std::to_string(*wanted) + " to undo");
        context.out << "nothing to undo: " << TerminalText::clean(context.databasePath) << " has no change-set\n";
        return ExitOk;
    }
    if (plan->undo.empty())
        throw InputError(context.databasePath, "change-set " + std::to_string(plan->changeSet) + " changed nothing to take back");
    std::vector<std::string> later = plan->changedLater;
    for (std::string &dependent : LoggedUndo::laterDependents(*plan, store.load()))
        later.push_back(std::move(dependent));
    if (!later.empty()) {
        for (const std::string &line : later)
            context.err << TerminalText::clean(context.databasePath) << ": " << TerminalText::clean(line) << '\n';
        context.err << TerminalText::clean(context.databasePath) << ": change-set " << plan->changeSet
                    << " cannot be undone without taking later edits with it; nothing written\n";
        return ExitFailure;
    }
    context.out << "undoing change-set " << plan->changeSet << " (" << TerminalText::clean(plan->label) << ")\n";
    const std::string label = plan->undo.label();
    return EditSession::apply(store, std::move(plan->undo), label, arguments, context);
}

} // namespace tiescope::cli
