// SPDX-License-Identifier: MIT
#include "pathcommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "analysissession.h"
#include "analytics/pathfinder.h"
#include "exitcode.h"

namespace tiescope::cli {

std::string PathCommand::summary() const
{
    return "the shortest connection between A and B over visible ties of any kind and direction";
}

std::string PathCommand::synopsis() const
{
    return "A B [filter options] [--json]";
}

std::string PathCommand::details() const
{
    return "Every visible tie joining each step is listed. Unlike chains, a path ignores dependency.\n" +
           AnalysisSession::whatIfHelp();
}

std::vector<OptionSpec> PathCommand::options() const
{
    return AnalysisSession::options(true);
}

int PathCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const AnalysisSession session(arguments, context);
    const auto [from, to] = session.pair(arguments, name());
    const auto path = PathFinder::shortestPath(session.overlay().applyTo(session.view()), from, to);
    std::ostream &out = context.out;
    if (session.json()) {
        nlohmann::json document{{"from", session.entityJson(from)}, {"to", session.entityJson(to)},
                                {"connected", path.has_value()}};
        nlohmann::json entities = nlohmann::json::array();
        nlohmann::json hops = nlohmann::json::array();
        if (path) {
            for (const EntityId e : path->entities)
                entities.push_back(session.entityJson(e));
            for (const auto &ties : path->hops) {
                nlohmann::json hop = nlohmann::json::array();
                for (const TieId t : ties)
                    hop.push_back(session.tieJson(t));
                hops.push_back(std::move(hop));
            }
        }
        document["entities"] = std::move(entities);
        document["hops"] = std::move(hops);
        out << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return ExitOk;
    }
    if (!path) {
        out << session.label(from) << " and " << session.label(to) << " are not connected in the current view.\n";
        return ExitOk;
    }
    out << "Shortest path from " << session.label(from) << " to " << session.label(to) << ": " << path->hops.size()
        << (path->hops.size() == 1 ? " step" : " steps") << '\n';
    for (std::size_t i = 0; i < path->hops.size(); ++i) {
        out << "  " << session.label(path->entities[i]) << " -- " << session.label(path->entities[i + 1]) << '\n';
        for (const TieId t : path->hops[i])
            out << "      " << session.describeTie(t) << '\n';
    }
    return ExitOk;
}

} // namespace tiescope::cli
