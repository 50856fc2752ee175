// SPDX-License-Identifier: MIT
#include "chainscommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "analysisnumbers.h"
#include "analysissession.h"
#include "analytics/pairanalysis.h"
#include "exitcode.h"

namespace tiescope::cli {

std::string ChainsCommand::summary() const
{
    return "rank the dependency chains from A to B (how A depends on B), with the ties behind each hop";
}

std::string ChainsCommand::synopsis() const
{
    return "A B [--top N] [--max-depth N] [filter options] [--without X]... [--sanction X[=F]]... [--json]";
}

std::string ChainsCommand::details() const
{
    return "A chain follows dependency: each entity depends on the next. Chains are ranked by the product\n"
           "over hops of strength x evidence (0.5 + 0.5 x grade weight) of the hop's best tie; parallel\n"
           "ties of a hop are listed as alternatives.\n" +
           AnalysisSession::whatIfHelp();
}

std::vector<OptionSpec> ChainsCommand::options() const
{
    std::vector<OptionSpec> options{{"--top", "N", "show the N best chains (default 10)"},
                                    {"--max-depth", "N", "at most N hops per chain (default 6, up to 12)"}};
    for (OptionSpec &option : AnalysisSession::options(true))
        options.push_back(std::move(option));
    return options;
}

int ChainsCommand::run(const Arguments &arguments, CommandContext &context) const
{
    PairAnalysis::Options options;
    options.exposure.chains.topK = static_cast<std::size_t>(AnalysisNumbers::integer(arguments, "--top", 10, 1, 1000));
    options.exposure.chains.maxDepth = static_cast<int>(AnalysisNumbers::integer(arguments, "--max-depth", 6, 1, 12));
    options.score = false;
    options.cuts = false;
    options.series.clear();
    const AnalysisSession session(arguments, context);
    const auto [from, to] = session.pair(arguments, name());
    const ChainFinder::Result result = PairAnalysis::run(session.view(), session.overlay(), from, to, options).chains;
    std::ostream &out = context.out;

    if (session.json()) {
        nlohmann::json chains = nlohmann::json::array();
        for (const DependencyChain &chain : result.chains) {
            nlohmann::json entities = nlohmann::json::array();
            for (const EntityId e : chain.entities())
                entities.push_back(session.data().entity(e).key);
            nlohmann::json hops = nlohmann::json::array();
            for (const ChainHop &hop : chain.hops) {
                nlohmann::json alternatives = nlohmann::json::array();
                for (const TieId t : hop.alternatives)
                    alternatives.push_back(session.tieJson(t));
                hops.push_back({{"dependent", session.data().entity(hop.dependent).key},
                                {"provider", session.data().entity(hop.provider).key},
                                {"tie", session.tieJson(hop.tie)},
                                {"alternatives", std::move(alternatives)}});
            }
            chains.push_back({{"score", chain.score},
                              {"strength", chain.strength},
                              {"entities", std::move(entities)},
                              {"hops", std::move(hops)}});
        }
        const nlohmann::json document{{"from", session.entityJson(from)},
                                      {"to", session.entityJson(to)},
                                      {"chainsFound", result.chainsFound},
                                      {"truncated", result.truncated},
                                      {"chains", std::move(chains)}};
        out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return ExitOk;
    }

    if (const std::string what = session.overlaySummary(); !what.empty())
        out << what << '\n';
    out << "Dependency chains from " << session.label(from) << " to " << session.label(to) << ": "
        << result.chainsFound << (result.truncated ? "+ found (search bound reached)" : " found") << '\n';
    if (result.chains.empty())
        out << session.label(from) << " does not depend on " << session.label(to) << " in the current view.\n";
    for (std::size_t i = 0; i < result.chains.size(); ++i) {
        const DependencyChain &chain = result.chains[i];
        std::string route;
        for (const EntityId e : chain.entities())
            route += (route.empty() ? "" : " -> ") + session.label(e);
        out << "\n#" << (i + 1) << "  score " << AnalysisNumbers::format(chain.score) << "  strength "
            << AnalysisNumbers::format(chain.strength) << "  " << route << '\n';
        for (const ChainHop &hop : chain.hops) {
            out << "    " << session.label(hop.dependent) << " depends on " << session.label(hop.provider) << '\n';
            out << "      via " << session.describeTie(hop.tie) << '\n';
            for (const TieId alternative : hop.alternatives)
                out << "      or  " << session.describeTie(alternative) << '\n';
        }
    }
    return ExitOk;
}

} // namespace tiescope::cli
