// SPDX-License-Identifier: MIT
#include "communitiescommand.h"

#include <ostream>

#include <nlohmann/json.hpp>

#include "analysisnumbers.h"
#include "analysissession.h"
#include "analytics/communitydetection.h"
#include "exitcode.h"

namespace tiescope::cli {

std::string CommunitiesCommand::summary() const
{
    return "group the visible entities into Louvain communities (as used for colouring)";
}

std::string CommunitiesCommand::synopsis() const
{
    return "[filter options] [--json]";
}

std::string CommunitiesCommand::details() const
{
    return "Louvain modularity optimisation over the visible ties taken undirected; deterministic.\n"
           "Communities are numbered by their first entity; modularity above about 0.3 means clear groups.\n" +
           AnalysisSession::whatIfHelp();
}

std::vector<OptionSpec> CommunitiesCommand::options() const
{
    return AnalysisSession::options(true);
}

int CommunitiesCommand::run(const Arguments &arguments, CommandContext &context) const
{
    const AnalysisSession session(arguments, context);
    const CommunityDetection::Result result = CommunityDetection::louvain(session.overlay().applyTo(session.view()));
    std::vector<std::vector<EntityId>> members(static_cast<std::size_t>(result.count));
    for (std::size_t i = 0; i < result.community.size(); ++i) {
        if (result.community[i] >= 0)
            members[static_cast<std::size_t>(result.community[i])].emplace_back(i);
    }
    std::ostream &out = context.out;
    if (session.json()) {
        nlohmann::json communities = nlohmann::json::array();
        for (std::size_t c = 0; c < members.size(); ++c) {
            nlohmann::json list = nlohmann::json::array();
            for (const EntityId e : members[c])
                list.push_back(session.data().entity(e).key);
            communities.push_back({{"community", c}, {"entities", std::move(list)}});
        }
        out << nlohmann::json{{"count", result.count},
                              {"modularity", result.modularity},
                              {"communities", std::move(communities)}}
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << '\n';
        return ExitOk;
    }
    out << result.count << " communities, modularity " << AnalysisNumbers::format(result.modularity) << '\n';
    for (std::size_t c = 0; c < members.size(); ++c) {
        out << "\nCommunity " << c << " (" << members[c].size() << "):\n";
        for (const EntityId e : members[c])
            out << "  " << session.label(e) << '\n';
    }
    return ExitOk;
}

} // namespace tiescope::cli
