// SPDX-License-Identifier: MIT
#include "addentitycommand.h"

#include "editsession.h"

namespace tiescope::cli {

std::string AddEntityCommand::summary() const
{
    return "add an entity to a store (--db FILE)";
}

std::string AddEntityCommand::synopsis() const
{
    return "--db FILE --id KEY --name NAME --kind KIND [--country CC] [--alias A]... [--description TEXT]\n"
           "       [--source KEY --grade GRADE [--locator TEXT] [--quote TEXT]] [--author NAME]\n"
           "       [--label TEXT]";
}

std::string AddEntityCommand::details() const
{
    return "The entity is checked as a dataset file's entity would be (kebab-case id not yet taken, a known\n"
           "kind, an ISO 3166-1 country code) and logged in the store's audit trail. Exit 1 on a problem,\n"
           "with nothing written.\n";
}

std::vector<OptionSpec> AddEntityCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--id", "KEY", "the new entity's id (kebab-case)"},
        {"--name", "NAME", "its name"},
        {"--kind", "KIND", "its kind's id, e.g. state"},
        {"--country", "CC", "ISO 3166-1 alpha-2 code"},
        {"--alias", "A", "another name (repeatable)", true},
        {"--description", "TEXT", "a short description"},
    };
    for (auto group : {EditSession::citationOptions(false), EditSession::options()})
        options.insert(options.end(), group.begin(), group.end());
    return options;
}

int AddEntityCommand::run(const Arguments &arguments, CommandContext &context) const
{
    nlohmann::ordered_json entity = nlohmann::ordered_json::object();
    entity["id"] = EditSession::required(arguments, "--id", name());
    entity["name"] = EditSession::required(arguments, "--name", name());
    entity["kind"] = EditSession::required(arguments, "--kind", name());
    EditSession::setIfGiven(entity, arguments, "--country", "country");
    entity["aliases"] = arguments.values("--alias");
    EditSession::setIfGiven(entity, arguments, "--description", "description");
    entity["citations"] = nlohmann::ordered_json::array();
    if (auto citation = EditSession::citation(arguments, name()); !citation.is_null())
        entity["citations"].push_back(std::move(citation));
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    changeSet.add(RecordTable::Entities, entity);
    return EditSession::apply(store, std::move(changeSet), "add-entity " + entity["id"].get<std::string>(), arguments,
                              context);
}

} // namespace tiescope::cli
