// SPDX-License-Identifier: MIT
#include "filter/filterengine.h"

#include <algorithm>
#include <array>

#include "analytics/corroboration.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

// The spec resolved against one dataset: masks by index instead of keys.
struct Resolved
{
    std::vector<std::uint8_t> domainAllowed;
    std::vector<std::uint8_t> entityPasses;
    std::vector<std::uint8_t> entityMatches; // only filled when a text is given
    std::array<std::uint8_t, 4> statusAllowed{1, 1, 1, 1};
    DateInterval window;
    bool hasText = false;
};

Resolved resolve(const TieGraph &graph, const FilterSpec &spec)
{
    const Dataset &data = graph.dataset();
    Resolved r;
    r.domainAllowed.assign(data.domains().size(), spec.domains ? 0 : 1);
    if (spec.domains) {
        for (const std::string &key : *spec.domains) {
            if (const auto id = data.findDomain(key))
                r.domainAllowed[id->index()] = 1;
        }
    }
    std::vector<std::uint8_t> kindAllowed(data.kinds().size(), spec.kinds ? 0 : 1);
    if (spec.kinds) {
        for (const std::string &key : *spec.kinds) {
            if (const auto id = data.findKind(key))
                kindAllowed[id->index()] = 1;
        }
    }
    if (spec.statuses) {
        r.statusAllowed.fill(0);
        for (const TieStatus status : *spec.statuses)
            r.statusAllowed[static_cast<std::size_t>(status)] = 1;
    }
    r.window = DateInterval::between(spec.from, spec.to);
    const auto &entities = data.entities();
    r.entityPasses.resize(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i)
        r.entityPasses[i] = kindAllowed[entities[i].kind.index()];
    r.hasText = !spec.text.empty();
    if (r.hasText) {
        const std::string needle = FilterEngine::lowered(spec.text);
        r.entityMatches.resize(entities.size());
        for (std::size_t i = 0; i < entities.size(); ++i)
            r.entityMatches[i] = FilterEngine::matchesText(entities[i], needle) ? 1 : 0;
    }
    return r;
}

bool citationMeets(const Tie &tie, const Grade &minimum)
{
    return std::any_of(tie.citations.begin(), tie.citations.end(),
                       [&minimum](const Citation &citation) { return citation.grade.meets(minimum); });
}

// Every tie criterion except the domain.
bool tiePassesExceptDomain(const TieGraph &graph, const FilterSpec &spec, const Resolved &r, std::size_t i)
{
    const TieGraph::TieFacts &f = graph.facts()[i];
    if (!r.statusAllowed[static_cast<std::size_t>(f.status)])
        return false;
    if (f.undated ? !spec.includeUndated : !(f.firstDay <= r.window.last() && r.window.first() <= f.lastDay))
        return false;
    if (!r.entityPasses[f.from] || !r.entityPasses[f.to])
        return false;
    if (r.hasText && !r.entityMatches[f.from] && !r.entityMatches[f.to])
        return false;
    if (spec.minimumGrade && !citationMeets(graph.dataset().ties()[i], *spec.minimumGrade))
        return false;
    if (spec.corroboratedOnly && !Corroboration::isCorroborated(graph.dataset(), graph.dataset().ties()[i]))
        return false;
    return true;
}

} // namespace

GraphView FilterEngine::apply(const TieGraph &graph, const FilterSpec &spec)
{
    const Resolved r = resolve(graph, spec);
    const auto &facts = graph.facts();
    std::vector<std::uint8_t> tieMask(facts.size(), 0);
    std::vector<std::uint8_t> hasTie(r.entityPasses.size(), 0);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (r.domainAllowed[facts[i].domain] && tiePassesExceptDomain(graph, spec, r, i)) {
            tieMask[i] = 1;
            hasTie[facts[i].from] = 1;
            hasTie[facts[i].to] = 1;
        }
    }
    std::vector<std::uint8_t> entityMask(r.entityPasses.size(), 0);
    for (std::size_t i = 0; i < entityMask.size(); ++i) {
        bool visible = r.entityPasses[i] != 0;
        if (visible && r.hasText)
            visible = r.entityMatches[i] || hasTie[i];
        if (visible && spec.isolated == IsolatedEntities::Hide)
            visible = hasTie[i] != 0;
        entityMask[i] = visible ? 1 : 0;
    }
    return GraphView(graph, std::move(entityMask), std::move(tieMask));
}

std::vector<std::size_t> FilterEngine::countByDomain(const TieGraph &graph, const FilterSpec &spec)
{
    const Resolved r = resolve(graph, spec);
    const auto &facts = graph.facts();
    std::vector<std::size_t> counts(graph.dataset().domains().size(), 0);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (tiePassesExceptDomain(graph, spec, r, i))
            ++counts[facts[i].domain];
    }
    return counts;
}

std::vector<std::string> FilterEngine::unknownKeys(const TieGraph &graph, const FilterSpec &spec)
{
    const Dataset &data = graph.dataset();
    std::vector<std::string> unknown;
    if (spec.domains) {
        for (const std::string &key : *spec.domains) {
            if (!data.findDomain(key))
                unknown.push_back("domain:" + key);
        }
    }
    if (spec.kinds) {
        for (const std::string &key : *spec.kinds) {
            if (!data.findKind(key))
                unknown.push_back("kind:" + key);
        }
    }
    return unknown;
}

std::string FilterEngine::lowered(std::string_view text)
{
    std::string result(text);
    std::transform(result.begin(), result.end(), result.begin(), [](unsigned char c) {
        return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    });
    return result;
}

bool FilterEngine::matchesText(const Entity &entity, std::string_view loweredNeedle)
{
    if (loweredNeedle.empty())
        return true;
    const auto contains = [loweredNeedle](std::string_view haystack) {
        return lowered(haystack).find(loweredNeedle) != std::string::npos;
    };
    if (contains(entity.name) || contains(entity.key))
        return true;
    return std::any_of(entity.aliases.begin(), entity.aliases.end(), contains);
}

} // namespace tiescope
