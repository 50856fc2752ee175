// SPDX-License-Identifier: MIT
#include "rankcommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "analysisnumbers.h"
#include "analysissession.h"
#include "analytics/centrality.h"
#include "analytics/dependencygraph.h"
#include "exitcode.h"
#include "terminaltext.h"
#include "texttable.h"
#include "usageerror.h"

namespace tiescope::cli {

std::string RankCommand::summary() const
{
    return "rank entities by degree, betweenness or PageRank (along dependency) in the current view";
}

std::string RankCommand::synopsis() const
{
    return "--by degree|betweenness|pagerank [--top N] [filter options] [--json]";
}

std::string RankCommand::details() const
{
    return "degree: visible ties touching the entity. betweenness: shortest paths between other pairs\n"
           "that pass through it (ties taken undirected). pagerank: a walk along dependency, weighted by\n"
           "strength, damping 0.85: high for what much depends on.\n" +
           AnalysisSession::whatIfHelp();
}

std::vector<OptionSpec> RankCommand::options() const
{
    std::vector<OptionSpec> options{{"--by", "MEASURE", "degree, betweenness or pagerank"},
                                    {"--top", "N", "show the N highest (default 20)"}};
    for (OptionSpec &option : AnalysisSession::options(true))
        options.push_back(std::move(option));
    return options;
}

int RankCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const std::string measure = arguments.value("--by").value_or("");
    if (measure != "degree" && measure != "betweenness" && measure != "pagerank")
        throw UsageError(measure.empty() ? "rank: --by MEASURE is required (degree, betweenness or pagerank)"
                                         : "rank: unknown measure '" + TerminalText::clean(measure) +
                                               "' (valid: degree, betweenness, pagerank)");
    const auto top = static_cast<std::size_t>(AnalysisNumbers::integer(arguments, "--top", 20, 1, 1000000));
    const AnalysisSession session(arguments, context);
    const GraphView view = session.overlay().applyTo(session.view());
    std::vector<double> values;
    if (measure == "degree")
        values = Centrality::degree(view);
    else if (measure == "betweenness")
        values = Centrality::betweenness(view);
    else
        values = Centrality::pageRank(DependencyGraph(session.view(), session.overlay()));
    auto ranking = Centrality::ranking(view, values);
    if (ranking.size() > top)
        ranking.resize(top);

    std::ostream &out = context.out;
    if (session.json()) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t i = 0; i < ranking.size(); ++i) {
            nlohmann::json row = session.entityJson(ranking[i].entity);
            row["rank"] = i + 1;
            row["value"] = ranking[i].value;
            rows.push_back(std::move(row));
        }
        out << nlohmann::json{{"measure", measure}, {"entities", std::move(rows)}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return ExitOk;
    }
    if (const std::string what = session.overlaySummary(); !what.empty())
        out << what << '\n';
    TextTable table({"rank", "id", "name", measure});
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        const Entity &entity = session.data().entity(ranking[i].entity);
        table.add({std::to_string(i + 1), entity.key, entity.name,
                   AnalysisNumbers::format(ranking[i].value, measure == "pagerank" ? 4 : 1)});
    }
    table.print(out);
    return ExitOk;
}

} // namespace tiescope::cli
