// SPDX-License-Identifier: MIT
#include "cutscommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "analysissession.h"
#include "analytics/pairanalysis.h"
#include "exitcode.h"

namespace tiescope::cli {

std::string CutsCommand::summary() const
{
    return "single points of failure: entities and ties that every dependency route from A to B passes";
}

std::string CutsCommand::synopsis() const
{
    return "A B [filter options] [--without X]... [--sanction X[=F]]... [--json]";
}

std::string CutsCommand::details() const
{
    return "Removing any one of the listed entities or ties alone leaves A with no dependency route to B\n"
           "(of any length). They are the dominators of B seen from A; parallel ties are never listed,\n"
           "since each is an alternative for the other.\n" +
           AnalysisSession::whatIfHelp();
}

std::vector<OptionSpec> CutsCommand::options() const
{
    return AnalysisSession::options(true);
}

int CutsCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const AnalysisSession session(arguments, context);
    const auto [from, to] = session.pair(arguments, name());
    PairAnalysis::Options options;
    options.chains = false;
    options.score = false;
    options.series.clear();
    const CutAnalysis::Result cut = PairAnalysis::run(session.view(), session.overlay(), from, to, options).cuts;
    std::ostream &out = context.out;
    if (session.json()) {
        nlohmann::json entities = nlohmann::json::array();
        for (const EntityId e : cut.entities)
            entities.push_back(session.entityJson(e));
        nlohmann::json ties = nlohmann::json::array();
        for (const TieId t : cut.ties)
            ties.push_back(session.tieJson(t));
        const nlohmann::json document{{"from", session.entityJson(from)}, {"to", session.entityJson(to)},
                                      {"connected", cut.connected},       {"entities", std::move(entities)},
                                      {"ties", std::move(ties)}};
        out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return ExitOk;
    }
    if (const std::string what = session.overlaySummary(); !what.empty())
        out << what << '\n';
    if (!cut.connected) {
        out << session.label(from) << " does not depend on " << session.label(to) << " in the current view.\n";
        return ExitOk;
    }
    out << "Single points of failure from " << session.label(from) << " to " << session.label(to) << ":\n";
    if (cut.entities.empty() && cut.ties.empty())
        out << "  none: no single entity or tie carries every route\n";
    if (!cut.entities.empty()) {
        out << "Entities:\n";
        for (const EntityId e : cut.entities)
            out << "  " << session.label(e) << '\n';
    }
    if (!cut.ties.empty()) {
        out << "Ties:\n";
        for (const TieId t : cut.ties)
            out << "  " << session.describeTie(t) << '\n';
    }
    return ExitOk;
}

} // namespace tiescope::cli
