// SPDX-License-Identifier: MIT
#include "analytics/communitydetection.h"

#include <algorithm>
#include <map>

#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

namespace {

// A symmetric weighted graph; adjacency[i] holds (j, A_ij), including i itself for the
// weight inside an aggregated community (counted both ways, as A_ii).
struct Weighted
{
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adjacency;
    std::vector<double> strength; // k_i = sum_j A_ij
};

Weighted fromEdges(std::size_t n, const std::map<std::pair<std::uint32_t, std::uint32_t>, double> &weights)
{
    Weighted g;
    g.adjacency.resize(n);
    g.strength.assign(n, 0.0);
    for (const auto &[pair, w] : weights) {
        g.adjacency[pair.first].emplace_back(pair.second, w);
        g.strength[pair.first] += w;
    }
    return g;
}

// One round of local moves; returns each node's community (0..count-1 numbered by smallest
// node) and whether any node moved.
bool localMoves(const Weighted &g, double m2, std::vector<std::uint32_t> &community, const std::atomic<bool> *cancel)
{
    const std::size_t n = g.adjacency.size();
    community.resize(n);
    std::vector<double> total(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        community[i] = i;
        total[i] = g.strength[i];
    }
    bool anyMove = false;
    std::vector<double> toCommunity(n, 0.0);
    std::vector<std::uint32_t> touched;
    for (int pass = 0; pass < 100; ++pass) {
        AnalysisCancelled::check(cancel);
        bool moved = false;
        for (std::uint32_t i = 0; i < n; ++i) {
            touched.clear();
            for (const auto &[j, w] : g.adjacency[i]) {
                if (j == i)
                    continue;
                if (toCommunity[community[j]] == 0.0)
                    touched.push_back(community[j]);
                toCommunity[community[j]] += w;
            }
            const std::uint32_t current = community[i];
            total[current] -= g.strength[i];
            const double ki = g.strength[i];
            std::uint32_t best = current;
            double bestGain = toCommunity[current] - total[current] * ki / m2;
            std::sort(touched.begin(), touched.end());
            for (const std::uint32_t c : touched) {
                const double gain = toCommunity[c] - total[c] * ki / m2;
                if (gain > bestGain + 1e-12) {
                    best = c;
                    bestGain = gain;
                }
            }
            for (const std::uint32_t c : touched)
                toCommunity[c] = 0.0;
            total[best] += ki;
            if (best != current) {
                community[i] = best;
                moved = true;
                anyMove = true;
            }
        }
        if (!moved)
            break;
    }
    return anyMove;
}

// Renumbers communities 0.. in order of their smallest node; returns the count.
std::uint32_t renumber(std::vector<std::uint32_t> &community)
{
    std::map<std::uint32_t, std::uint32_t> number;
    for (std::uint32_t &c : community) {
        const auto [it, inserted] = number.try_emplace(c, static_cast<std::uint32_t>(number.size()));
        c = it->second;
    }
    return static_cast<std::uint32_t>(number.size());
}

} // namespace

CommunityDetection::Result CommunityDetection::louvain(const GraphView &view, const std::atomic<bool> *cancel,
                                                       const ProgressCallback &progress)
{
    Result result;
    const std::size_t entityCount = view.graph().entityCount();
    result.community.assign(entityCount, -1);
    const std::vector<EntityId> visible = view.visibleEntities();
    std::vector<std::uint32_t> compact(entityCount, 0);
    for (std::uint32_t i = 0; i < visible.size(); ++i)
        compact[visible[i].index()] = i;
    std::map<std::pair<std::uint32_t, std::uint32_t>, double> weights;
    for (const TieId tie : view.visibleTies()) {
        const auto &facts = view.graph().facts()[tie.index()];
        if (facts.from == facts.to)
            continue;
        const std::uint32_t a = compact[facts.from];
        const std::uint32_t b = compact[facts.to];
        weights[{a, b}] += 1.0;
        weights[{b, a}] += 1.0;
    }
    Weighted g = fromEdges(visible.size(), weights);
    double m2 = 0.0;
    for (const double k : g.strength)
        m2 += k;
    // membership[i]: the current aggregated node of visible entity i.
    std::vector<std::uint32_t> membership(visible.size());
    for (std::uint32_t i = 0; i < membership.size(); ++i)
        membership[i] = i;
    if (m2 > 0.0) {
        for (int level = 0; level < 32; ++level) {
            std::vector<std::uint32_t> community;
            const bool moved = localMoves(g, m2, community, cancel);
            if (!moved)
                break;
            const std::uint32_t count = renumber(community);
            for (std::uint32_t &m : membership)
                m = community[m];
            std::map<std::pair<std::uint32_t, std::uint32_t>, double> aggregated;
            for (std::uint32_t i = 0; i < g.adjacency.size(); ++i) {
                for (const auto &[j, w] : g.adjacency[i])
                    aggregated[{community[i], community[j]}] += w;
            }
            g = fromEdges(count, aggregated);
            if (progress)
                progress(double(level + 1) / 32.0);
        }
    }
    const std::uint32_t count = renumber(membership);
    result.count = static_cast<int>(count);
    for (std::uint32_t i = 0; i < visible.size(); ++i)
        result.community[visible[i].index()] = static_cast<int>(membership[i]);

    // Q = sum over communities of (inside / m2 - (total / m2)^2), A counted both ways.
    if (m2 > 0.0) {
        std::vector<double> inside(count, 0.0);
        std::vector<double> total(count, 0.0);
        for (const auto &[pair, w] : weights) {
            total[membership[pair.first]] += w;
            if (membership[pair.first] == membership[pair.second])
                inside[membership[pair.first]] += w;
        }
        for (std::uint32_t c = 0; c < count; ++c)
            result.modularity += inside[c] / m2 - (total[c] / m2) * (total[c] / m2);
    }
    return result;
}

} // namespace tiescope
