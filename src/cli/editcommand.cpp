// SPDX-License-Identifier: MIT
#include "editcommand.h"

#include "editsession.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string EditCommand::summary() const
{
    return "set fields of an entity, tie, source or citation in a store (--db FILE)";
}

std::string EditCommand::synopsis() const
{
    return "--db FILE (entity|tie|source) KEY --set FIELD=VALUE... | citation ID --set FIELD=VALUE...";
}

std::string EditCommand::details() const
{
    return "FIELD is a field of the record as the dataset files spell it (docs/dataset.md), e.g. name,\n"
           "country, start, end, status, strength, note, title, url, retrieved, archive_url, locator, quote,\n"
           "reliability, credibility.\n"
           "An empty VALUE or \"null\" clears an optional field; aliases takes a JSON array or A|B|C.\n"
           "The id cannot be changed (merge instead). The result is checked like a dataset file's record.\n"
           "Example: tiescope-cli edit --db mine.db tie gpn-owns-nis --set end=2025-10 --set status=ended\n";
}

std::vector<OptionSpec> EditCommand::options() const
{
    std::vector<OptionSpec> options{{"--set", "FIELD=VALUE", "a field and its new value (repeatable)", true}};
    const auto edit = EditSession::options();
    options.insert(options.end(), edit.begin(), edit.end());
    return options;
}

int EditCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const EditSession::Target target = EditSession::target(arguments, name());
    const auto assignments = arguments.values("--set");
    if (assignments.empty())
        throw UsageError("edit: nothing to set; give --set FIELD=VALUE (see 'tiescope-cli edit --help')");
    nlohmann::ordered_json fields = nlohmann::ordered_json::object();
    for (const std::string &assignment : assignments) {
        const std::size_t equals = assignment.find('=');
        if (equals == std::string::npos || equals == 0)
            throw UsageError("edit: --set takes FIELD=VALUE, not \"" + assignment + "\"");
        const std::string field = assignment.substr(0, equals);
        fields[field] = EditSession::fieldValue(field, assignment.substr(equals + 1));
    }
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    if (target.table == RecordTable::Citations)
        changeSet.updateCitation(target.rowId, fields);
    else
        changeSet.update(target.table, target.key, fields);
    const std::string what = target.table == RecordTable::Citations ? std::to_string(target.rowId) : target.key;
    return EditSession::apply(store, std::move(changeSet), "edit " + arguments.positionals()[0] + " " + what,
                              arguments, context);
}

} // namespace tiescope::cli
