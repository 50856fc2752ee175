// SPDX-License-Identifier: MIT
#include "citecommand.h"

#include "editsession.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string CiteCommand::summary() const
{
    return "add a citation of a tie or an entity to a store (--db FILE)";
}

std::string CiteCommand::synopsis() const
{
    return "--db FILE (--tie KEY | --entity KEY) --source KEY --grade GRADE [--locator TEXT] [--quote TEXT]\n"
           "       [--author NAME]";
}

std::string CiteCommand::details() const
{
    return "The new citation's id is printed; 'edit citation ID' and 'delete citation ID' address it.\n";
}

std::vector<OptionSpec> CiteCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--tie", "KEY", "the tie it backs"},
        {"--entity", "KEY", "the entity it backs"},
    };
    for (auto group : {EditSession::citationOptions(true), EditSession::options()})
        options.insert(options.end(), group.begin(), group.end());
    return options;
}

int CiteCommand::run(const Arguments &arguments, CommandContext &context) const
{
    if (arguments.has("--tie") == arguments.has("--entity"))
        throw UsageError("cite: give either --tie KEY or --entity KEY (see 'tiescope-cli cite --help')");
    (void)EditSession::required(arguments, "--source", name());
    const std::string owner = arguments.has("--tie") ? "tie" : "entity";
    const std::string key = EditSession::required(arguments, "--" + owner, name());
    nlohmann::ordered_json citation = nlohmann::ordered_json::object();
    citation[owner] = key;
    citation.update(EditSession::citation(arguments, name()));
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    changeSet.addCitation(citation);
    return EditSession::apply(store, std::move(changeSet), "cite " + owner + " " + key, arguments, context);
}

} // namespace tiescope::cli
