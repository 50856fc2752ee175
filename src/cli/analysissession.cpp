// SPDX-License-Identifier: MIT
#include "analysissession.h"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "analysisnumbers.h"
#include "analytics/dependencygraph.h"
#include "analytics/entityresolver.h"
#include "analytics/whatifkeys.h"
#include "databaselocator.h"
#include "datasetloader.h"
#include "filter/filterengine.h"
#include "filteroptions.h"
#include "terminaltext.h"
#include "usageerror.h"

namespace tiescope::cli {

std::vector<OptionSpec> AnalysisSession::options(bool whatIf)
{
    std::vector<OptionSpec> options = FilterOptions::options();
    options.push_back({"--as-of", "DATE", "only ties in force on DATE (the same as --from DATE --to DATE)"});
    options.push_back({"--json", "", "print JSON instead of text"});
    if (whatIf) {
        options.push_back({"--without", "X", "what-if: leave out entity or tie X (repeat)", true});
        options.push_back({"--sanction", "X[=F]", "what-if: ties of entity or tie X keep F of their strength (default 0.5; repeat)", true});
    }
    return options;
}

std::string AnalysisSession::whatIfHelp()
{
    return "Entities are given by id, name or alias (any case). --without and --sanction change the graph\n"
           "for this run only (a what-if overlay); the database is never modified. docs/analysis.md explains\n"
           "every measure.\n";
}

AnalysisSession::AnalysisSession(const Arguments &arguments, const CommandContext &context)
    : m_spec(FilterOptions::parse(arguments)), m_json(arguments.has("--json"))
{
    if (const auto asOf = arguments.value("--as-of")) {
        if (arguments.has("--from") || arguments.has("--to"))
            throw UsageError("--as-of cannot be combined with --from or --to");
        m_spec.from = PartialDate::parse(*asOf);
        if (!m_spec.from)
            throw UsageError("option '--as-of': '" + TerminalText::clean(*asOf) +
                             "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        m_spec.to = m_spec.from;
    }
    const std::string path = DatabaseLocator::resolve(context.databasePath, context.executablePath);
    m_data = std::make_unique<Dataset>(DatasetLoader::load(path));
    FilterOptions::checkKeys(m_spec, *m_data);
    m_graph = std::make_unique<TieGraph>(*m_data);
    m_view.emplace(FilterEngine::apply(*m_graph, m_spec));
    readOverlay(arguments);
}

void AnalysisSession::readOverlay(const Arguments &arguments)
{
    const auto check = [](const std::string &option, const std::string &problem) {
        if (!problem.empty())
            throw UsageError("option '" + option + "': " + TerminalText::clean(problem));
    };
    for (const std::string &text : arguments.values("--without"))
        check("--without", WhatIfKeys::remove(m_overlay, *m_data, text));
    for (const std::string &text : arguments.values("--sanction")) {
        std::string target = text;
        double remaining = WhatIfOverlay::DefaultSanctionRemaining;
        if (const auto eq = text.rfind('='); eq != std::string::npos) {
            target = text.substr(0, eq);
            const std::string factor = text.substr(eq + 1);
            char *end = nullptr;
            remaining = std::strtod(factor.c_str(), &end);
            if (factor.empty() || end != factor.c_str() + factor.size() || !(remaining >= 0.0 && remaining <= 1.0))
                throw UsageError("option '--sanction': '" + TerminalText::clean(factor) +
                                 "' is not a fraction between 0 and 1");
        }
        check("--sanction", WhatIfKeys::sanction(m_overlay, *m_data, target, remaining));
    }
}

EntityId AnalysisSession::entity(const std::string &text) const
{
    const EntityResolver::Resolution resolution = EntityResolver(*m_data).resolve(text);
    if (!resolution.entity)
        throw UsageError(TerminalText::clean(resolution.message));
    return *resolution.entity;
}

std::pair<EntityId, EntityId> AnalysisSession::pair(const Arguments &arguments, const std::string &command) const
{
    const auto &positionals = arguments.positionals();
    if (positionals.size() != 2)
        throw UsageError(command + " needs two entities, A and B (see 'tiescope-cli " + command + " --help')");
    const EntityId a = entity(positionals[0]);
    const EntityId b = entity(positionals[1]);
    if (a == b)
        throw UsageError(command + ": A and B are the same entity (" + TerminalText::clean(data().entity(a).key) + ")");
    return {a, b};
}

std::string AnalysisSession::label(EntityId entity) const
{
    const Entity &e = m_data->entity(entity);
    return TerminalText::clean(e.name) + " (" + TerminalText::clean(e.key) + ")";
}

std::string AnalysisSession::describeTie(TieId id) const
{
    const Tie &tie = m_data->tie(id);
    std::string text = TerminalText::clean(tie.key) + ": " + TerminalText::clean(m_data->relation(tie.relation).label) +
                       ", " + TerminalText::clean(m_data->domain(tie.domain).key) + ", strength " +
                       AnalysisNumbers::format(m_data->strengthOf(tie), 2) + ", " + std::string(toString(tie.status));
    if (!tie.isUndated())
        text += ", " + TieDates::text(tie.start, tie.end);
    for (const Citation &citation : tie.citations) {
        text += "; [" + citation.grade.toString() + "] " + TerminalText::clean(m_data->source(citation.source).key);
        if (!citation.locator.empty())
            text += ", " + TerminalText::clean(citation.locator);
    }
    return text;
}

nlohmann::json AnalysisSession::entityJson(EntityId entity) const
{
    const Entity &e = m_data->entity(entity);
    return nlohmann::json{{"id", e.key}, {"name", e.name}};
}

nlohmann::json AnalysisSession::tieJson(TieId id) const
{
    const Tie &tie = m_data->tie(id);
    nlohmann::json citations = nlohmann::json::array();
    for (const Citation &citation : tie.citations)
        citations.push_back({{"source", m_data->source(citation.source).key},
                             {"locator", citation.locator},
                             {"grade", citation.grade.toString()}});
    return nlohmann::json{
        {"id", tie.key},
        {"from", m_data->entity(tie.from).key},
        {"to", m_data->entity(tie.to).key},
        {"relation", m_data->relation(tie.relation).key},
        {"domain", m_data->domain(tie.domain).key},
        {"status", std::string(toString(tie.status))},
        {"start", tie.start ? nlohmann::json(tie.start->toString()) : nlohmann::json(nullptr)},
        {"end", tie.end ? nlohmann::json(tie.end->toString()) : nlohmann::json(nullptr)},
        {"strength", m_data->strengthOf(tie)},
        {"evidence", DependencyGraph::evidenceWeight(tie.bestGrade().weight())},
        {"citations", std::move(citations)},
    };
}

std::string AnalysisSession::overlaySummary() const
{
    std::string text;
    for (const EntityId e : m_overlay.removedEntities())
        text += (text.empty() ? "" : ", ") + std::string("without ") + label(e);
    for (const TieId t : m_overlay.removedTies())
        text += (text.empty() ? "" : ", ") + std::string("without ") + TerminalText::clean(m_data->tie(t).key);
    for (const auto &[e, f] : m_overlay.sanctionedEntities())
        text += (text.empty() ? "" : ", ") + std::string("sanctioning ") + label(e) + " to " + AnalysisNumbers::format(f, 2);
    for (const auto &[t, f] : m_overlay.sanctionedTies())
        text += (text.empty() ? "" : ", ") + std::string("sanctioning ") + TerminalText::clean(m_data->tie(t).key) +
                " to " + AnalysisNumbers::format(f, 2);
    return text.empty() ? text : "What-if: " + text;
}

} // namespace tiescope::cli
