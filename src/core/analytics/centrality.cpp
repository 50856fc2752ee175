// SPDX-License-Identifier: MIT
#include "analytics/centrality.h"

#include <algorithm>
#include <cmath>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include "analytics/dependencygraph.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

namespace {

// A centrality map that checks the cancel flag whenever Boost writes to it: Brandes writes
// once per vertex and source, so a raised flag stops it within one source's sweep.
struct CancellableMap
{
    using key_type = std::size_t;
    using value_type = double;
    using reference = double &;
    using category = boost::read_write_property_map_tag;

    double *values;
    const std::atomic<bool> *cancel;
};

[[maybe_unused]] double get(const CancellableMap &map, std::size_t key)
{
    return map.values[key];
}

[[maybe_unused]] void put(const CancellableMap &map, std::size_t key, double value)
{
    AnalysisCancelled::check(map.cancel);
    map.values[key] = value;
}

} // namespace

std::vector<double> Centrality::degree(const GraphView &view)
{
    std::vector<double> result(view.graph().entityCount(), 0.0);
    for (const TieId tie : view.visibleTies()) {
        const auto &facts = view.graph().facts()[tie.index()];
        result[facts.from] += 1.0;
        result[facts.to] += 1.0;
    }
    return result;
}

std::vector<double> Centrality::betweenness(const GraphView &view, const std::atomic<bool> *cancel)
{
    // Tie direction mixes "who depends on whom" conventions (owns points one way, procures
    // the other), so structure is measured undirected; merging parallel ties keeps several
    // ties between one pair from counting as several shortest paths.
    using Simple = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    const std::size_t n = view.graph().entityCount();
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (const TieId tie : view.visibleTies()) {
        const auto &facts = view.graph().facts()[tie.index()];
        if (facts.from != facts.to)
            pairs.emplace_back(std::min(facts.from, facts.to), std::max(facts.from, facts.to));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    Simple simple(n);
    for (const auto &[a, b] : pairs)
        boost::add_edge(a, b, simple);
    std::vector<double> result(n, 0.0);
    boost::brandes_betweenness_centrality(simple, CancellableMap{result.data(), cancel});
    return result;
}

std::vector<double> Centrality::pageRank(const DependencyGraph &graph, double damping,
                                         const std::atomic<bool> *cancel, const ProgressCallback &progress)
{
    const std::size_t n = graph.entityCount();
    std::vector<double> rank(n, 0.0);
    std::size_t visible = 0;
    for (std::size_t v = 0; v < n; ++v)
        visible += graph.isVisible(EntityId(v)) ? 1 : 0;
    if (visible == 0)
        return rank;
    std::vector<double> outWeight(n, 0.0);
    for (const auto &edge : graph.edges())
        outWeight[edge.dependent.index()] += edge.strength;
    const double share = 1.0 / static_cast<double>(visible);
    for (std::size_t v = 0; v < n; ++v)
        rank[v] = graph.isVisible(EntityId(v)) ? share : 0.0;
    std::vector<double> next(n);
    constexpr int MaxRounds = 200;
    for (int round = 0; round < MaxRounds; ++round) {
        AnalysisCancelled::check(cancel);
        double dangling = 0.0;
        for (std::size_t v = 0; v < n; ++v) {
            if (graph.isVisible(EntityId(v)) && outWeight[v] <= 0.0)
                dangling += rank[v];
        }
        const double base = (1.0 - damping) * share + damping * dangling * share;
        for (std::size_t v = 0; v < n; ++v)
            next[v] = graph.isVisible(EntityId(v)) ? base : 0.0;
        for (const auto &edge : graph.edges()) {
            const std::size_t u = edge.dependent.index();
            if (outWeight[u] > 0.0)
                next[edge.provider.index()] += damping * rank[u] * edge.strength / outWeight[u];
        }
        double change = 0.0;
        for (std::size_t v = 0; v < n; ++v)
            change += std::abs(next[v] - rank[v]);
        rank.swap(next);
        if (progress)
            progress(double(round + 1) / MaxRounds);
        if (change < 1e-10)
            break;
    }
    return rank;
}

std::vector<Centrality::Ranked> Centrality::ranking(const GraphView &view, const std::vector<double> &values)
{
    std::vector<Ranked> result;
    for (const EntityId entity : view.visibleEntities()) {
        if (entity.index() < values.size())
            result.push_back({entity, values[entity.index()]});
    }
    std::stable_sort(result.begin(), result.end(), [](const Ranked &a, const Ranked &b) { return a.value > b.value; });
    return result;
}

} // namespace tiescope
