// SPDX-License-Identifier: MIT
#include "deletecommand.h"

#include "editsession.h"

namespace tiescope::cli {

std::string DeleteCommand::summary() const
{
    return "delete an entity (with its ties), a tie, a source or a citation from a store (--db FILE)";
}

std::string DeleteCommand::synopsis() const
{
    return "--db FILE (entity|tie|source) KEY | citation ID [--author NAME] [--label TEXT]";
}

std::string DeleteCommand::details() const
{
    return "An entity takes its ties and every citation of both with it; a tie, its citations. Every row\n"
           "that goes is listed. A source still cited is refused, and so is deleting a tie's last citation.\n"
           "The audit trail keeps each row as it was; 'history' shows them.\n";
}

std::vector<OptionSpec> DeleteCommand::options() const
{
    return EditSession::options();
}

int DeleteCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const EditSession::Target target = EditSession::target(arguments, name());
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    if (target.table == RecordTable::Citations)
        changeSet.removeCitation(target.rowId);
    else
        changeSet.remove(target.table, target.key);
    const std::string what = target.table == RecordTable::Citations ? std::to_string(target.rowId) : target.key;
    return EditSession::apply(store, std::move(changeSet), "delete " + arguments.positionals()[0] + " " + what,
                              arguments, context);
}

} // namespace tiescope::cli
