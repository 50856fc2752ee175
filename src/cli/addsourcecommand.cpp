// SPDX-License-Identifier: MIT
#include "addsourcecommand.h"

#include "editsession.h"

namespace tiescope::cli {

std::string AddSourceCommand::summary() const
{
    return "add a source to a store (--db FILE)";
}

std::string AddSourceCommand::synopsis() const
{
    return "--db FILE --id KEY --title TITLE [--written-by NAME] [--publisher P] [--date DATE] [--kind K]\n"
           "       [--url URL] [--retrieved DATE] [--archive-url URL] [--author NAME] [--label TEXT]";
}

std::string AddSourceCommand::details() const
{
    return "--written-by is the source's author; --author is who makes the change (the audit trail's).\n";
}

std::vector<OptionSpec> AddSourceCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--id", "KEY", "the new source's id (kebab-case)"},
        {"--title", "TITLE", "its title"},
        {"--written-by", "NAME", "who wrote it"},
        {"--publisher", "P", "who published it"},
        {"--date", "DATE", "when: YYYY, YYYY-MM or YYYY-MM-DD"},
        {"--kind", "K", "what it is, e.g. \"analysis article\""},
        {"--url", "URL", "where it can be checked"},
        {"--retrieved", "DATE", "when --url was read: YYYY, YYYY-MM or YYYY-MM-DD"},
        {"--archive-url", "URL", "an archived copy of --url"},
    };
    const auto edit = EditSession::options();
    options.insert(options.end(), edit.begin(), edit.end());
    return options;
}

int AddSourceCommand::run(const Arguments &arguments, CommandContext &context) const
{
    nlohmann::ordered_json source = nlohmann::ordered_json::object();
    source["id"] = EditSession::required(arguments, "--id", name());
    source["title"] = EditSession::required(arguments, "--title", name());
    source["author"] = arguments.value("--written-by").value_or("");
    EditSession::setIfGiven(source, arguments, "--publisher", "publisher");
    source["date"] = nullptr;
    EditSession::setIfGiven(source, arguments, "--date", "date");
    source["kind"] = arguments.value("--kind").value_or("");
    EditSession::setIfGiven(source, arguments, "--url", "url");
    EditSession::setIfGiven(source, arguments, "--retrieved", "retrieved");
    EditSession::setIfGiven(source, arguments, "--archive-url", "archive_url");
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    changeSet.add(RecordTable::Sources, source);
    return EditSession::apply(store, std::move(changeSet), "add-source " + source["id"].get<std::string>(), arguments,
                              context);
}

} // namespace tiescope::cli
