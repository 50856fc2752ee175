// SPDX-License-Identifier: MIT
#include "addtiecommand.h"

#include "editsession.h"

namespace tiescope::cli {

std::string AddTieCommand::summary() const
{
    return "add a tie with its citation to a store (--db FILE)";
}

std::string AddTieCommand::synopsis() const
{
    return "--db FILE --id KEY --from A --to B --domain D --relation R --source KEY --grade GRADE\n"
           "       [--locator TEXT] [--quote TEXT] [--start DATE] [--end DATE] [--status S] [--strength X]\n"
           "       [--note TEXT] [--author NAME] [--label TEXT]";
}

std::string AddTieCommand::details() const
{
    return "A tie needs a citation: --source and --grade are required. The tie is checked as a dataset file's\n"
           "tie would be (known entities, domain, relation and source, dates YYYY[-MM[-DD]] with the end not\n"
           "before the start, a grade on the Admiralty scales) and logged in the store's audit trail.\n"
           "Exit 1 on a problem, with nothing written.\n";
}

std::vector<OptionSpec> AddTieCommand::options() const
{
    std::vector<OptionSpec> options{
        {"--id", "KEY", "the new tie's id (kebab-case)"},
        {"--from", "ENTITY", "the entity it runs from (id)"},
        {"--to", "ENTITY", "the entity it runs to (id)"},
        {"--domain", "D", "its domain's id, e.g. energy"},
        {"--relation", "R", "its relation type's id, e.g. owns"},
        {"--start", "DATE", "when it began, in EDTF: 2014, 2014-06, 2014~, 201X, [2014..], [..2021], [1914..1918]"},
        {"--end", "DATE", "when it ended, in EDTF (\"..\": still ongoing; not given: unknown)"},
        {"--status", "S", "confirmed (default), alleged, planned or ended"},
        {"--strength", "X", "0..1; default: the relation type's"},
        {"--note", "TEXT", "a note"},
    };
    for (auto group : {EditSession::citationOptions(true), EditSession::options()})
        options.insert(options.end(), group.begin(), group.end());
    return options;
}

int AddTieCommand::run(const Arguments &arguments, CommandContext &context) const
{
    nlohmann::ordered_json tie = nlohmann::ordered_json::object();
    tie["id"] = EditSession::required(arguments, "--id", name());
    for (const char *field : {"from", "to", "domain", "relation"})
        tie[field] = EditSession::required(arguments, std::string("--") + field, name());
    tie["start"] = nullptr;
    tie["end"] = nullptr;
    EditSession::setIfGiven(tie, arguments, "--start", "start");
    EditSession::setIfGiven(tie, arguments, "--end", "end");
    tie["status"] = arguments.value("--status").value_or("confirmed");
    EditSession::setIfGiven(tie, arguments, "--strength", "strength");
    EditSession::setIfGiven(tie, arguments, "--note", "note");
    (void)EditSession::required(arguments, "--source", name());
    tie["citations"] = nlohmann::ordered_json::array({EditSession::citation(arguments, name())});
    Store store = EditSession::open(context, name());
    ChangeSet changeSet;
    changeSet.add(RecordTable::Ties, tie);
    return EditSession::apply(store, std::move(changeSet), "add-tie " + tie["id"].get<std::string>(), arguments,
                              context);
}

} // namespace tiescope::cli
