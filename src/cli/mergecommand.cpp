// SPDX-License-Identifier: MIT
#include "mergecommand.h"

#include "editsession.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string MergeCommand::summary() const
{
    return "merge one entity into another in a store (--db FILE)";
}

std::string MergeCommand::synopsis() const
{
    return "--db FILE MERGED INTO [--author NAME] [--label TEXT]";
}

std::string MergeCommand::details() const
{
    return "MERGED's ties and citations move to INTO; its name, aliases and id become aliases of INTO, so\n"
           "what named it still finds INTO; then MERGED is deleted. Both are entity ids.\n";
}

std::vector<OptionSpec> MergeCommand::options() const
{
    return EditSession::options();
}

int MergeCommand::run(const Arguments &arguments, CommandContext &context) const
{
    if (arguments.positionals().size() != 2)
        throw UsageError("merge: give MERGED and INTO, two entity ids (see 'tiescope-cli merge --help')");
    const std::string &merged = arguments.positionals()[0];
    const std::string &into = arguments.positionals()[1];
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    changeSet.merge(merged, into);
    return EditSession::apply(store, std::move(changeSet), "merge " + merged + " into " + into, arguments, context);
}

} // namespace tiescope::cli
