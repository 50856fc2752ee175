// SPDX-License-Identifier: MIT
#include "analytics/communitydetection.h"

#include <algorithm>

#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

namespace {

// A symmetric weighted graph; adjacency[i] holds (j, A_ij), including i itself for the
// weight inside an aggregated community (counted both ways, as A_ii).
struct Triple
{
    std::uint32_t from;
    std::uint32_t to;
    double weight;
};

struct Weighted
{
    std::vector<std::vector<std::pair<std::uint32_t, double>>> adjacency;
    std::vector<double> strength; // k_i = sum_j A_ij
};

// Builds the graph from (i, j, w) triples, each ordered pair listed separately; duplicates
// are summed. Sorting instead of a map keeps this fast at a hundred thousand ties.
Weighted fromTriples(std::size_t n, std::vector<Triple> triples)
{
    std::sort(triples.begin(), triples.end(), [](const Triple &a, const Triple &b) {
        return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
    Weighted g;
    g.adjacency.resize(n);
    g.strength.assign(n, 0.0);
    for (std::size_t i = 0; i < triples.size();) {
        const Triple &first = triples[i];
        double w = 0.0;
        for (; i < triples.size() && triples[i].from == first.from && triples[i].to == first.to; ++i)
            w += triples[i].weight;
        g.adjacency[first.from].emplace_back(first.to, w);
        g.strength[first.from] += w;
    }
    return g;
}

constexpr double MinPassGain = 1e-6;

// Local moves until stable: fills each node's community (labelled by node numbers) and
// returns whether any node moved.
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
        double passGain = 0.0; // modularity gained in this pass
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
            const double stayGain = toCommunity[current] - total[current] * ki / m2;
            double bestGain = stayGain;
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
                passGain += (bestGain - stayGain) * 2.0 / m2;
            }
        }
        // Like the original Louvain code, stop when a pass barely improves modularity: on
        // graphs without clear groups a few nodes can otherwise keep shifting for many passes.
        if (!moved || passGain < MinPassGain)
            break;
    }
    return anyMove;
}

// Renumbers communities 0.. in order of their smallest node; returns the count.
std::uint32_t renumber(std::vector<std::uint32_t> &community)
{
    // Community labels are node numbers, so they are below the node count.
    std::vector<std::uint32_t> number(community.size(), 0xffffffffU);
    std::uint32_t next = 0;
    for (std::uint32_t &c : community) {
        if (number[c] == 0xffffffffU)
            number[c] = next++;
        c = number[c];
    }
    return next;
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
    std::vector<Triple> triples;
    for (const TieId tie : view.visibleTies()) {
        const auto &facts = view.graph().facts()[tie.index()];
        if (facts.from == facts.to)
            continue;
        const std::uint32_t a = compact[facts.from];
        const std::uint32_t b = compact[facts.to];
        triples.push_back({a, b, 1.0});
        triples.push_back({b, a, 1.0});
    }
    Weighted g = fromTriples(visible.size(), triples);
    const Weighted original = g;
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
            std::vector<Triple> aggregated;
            for (std::uint32_t i = 0; i < g.adjacency.size(); ++i) {
                for (const auto &[j, w] : g.adjacency[i])
                    aggregated.push_back({community[i], community[j], w});
            }
            g = fromTriples(count, std::move(aggregated));
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
        for (std::uint32_t i = 0; i < original.adjacency.size(); ++i) {
            for (const auto &[j, w] : original.adjacency[i]) {
                total[membership[i]] += w;
                if (membership[i] == membership[j])
                    inside[membership[i]] += w;
            }
        }
        for (std::uint32_t c = 0; c < count; ++c)
            result.modularity += inside[c] / m2 - (total[c] / m2) * (total[c] / m2);
    }
    return result;
}

} // namespace tiescope
