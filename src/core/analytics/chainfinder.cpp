// SPDX-License-Identifier: MIT
#include "analytics/chainfinder.h"

#include <algorithm>
#include <deque>
#include <limits>

namespace tiescope {

namespace {

constexpr int Unreachable = std::numeric_limits<int>::max();

// Hops from each entity to the target along dependency edges, up to maxDepth: the search
// only enters entities from which the target is still within reach.
std::vector<int> distancesTo(const DependencyGraph &graph, EntityId target, int maxDepth)
{
    std::vector<int> dist(graph.entityCount(), Unreachable);
    std::deque<EntityId> queue{target};
    dist[target.index()] = 0;
    while (!queue.empty()) {
        const EntityId v = queue.front();
        queue.pop_front();
        const int next = dist[v.index()] + 1;
        if (next > maxDepth)
            continue;
        for (const std::uint32_t e : graph.inEdges(v)) {
            const EntityId u = graph.edge(e).dependent;
            if (dist[u.index()] == Unreachable) {
                dist[u.index()] = next;
                queue.push_back(u);
            }
        }
    }
    return dist;
}

class Search final
{
public:
    Search(const DependencyGraph &graph, EntityId to, const ChainOptions &options, const ChainFinder::Visitor &visitor,
           const std::atomic<bool> *cancel)
        : m_graph(graph), m_to(to), m_options(options), m_visitor(visitor), m_cancel(cancel),
          m_dist(distancesTo(graph, to, options.maxDepth)), m_onPath(graph.entityCount(), 0)
    {
    }

    bool reachable(EntityId from) const { return m_dist[from.index()] <= m_options.maxDepth; }

    // Returns false when stopped early.
    bool run(EntityId from, const ProgressCallback &progress)
    {
        m_onPath[from.index()] = 1;
        const auto links = m_graph.outLinks(from);
        for (std::size_t i = 0; i < links.size(); ++i) {
            if (!step(links[i], 0))
                return false;
            if (progress)
                progress(double(i + 1) / double(links.size()));
        }
        return true;
    }

private:
    // Follows one link taken at `depth` hops from the start; false when stopped.
    bool step(const DependencyGraph::Link &link, int depth)
    {
        if (++m_steps > m_options.maxSteps)
            return false;
        if ((m_steps & 0xfff) == 0)
            AnalysisCancelled::check(m_cancel);
        const EntityId v = link.provider;
        if (v == m_to) {
            m_path.push_back(&link);
            const bool goOn = m_visitor(m_path);
            m_path.pop_back();
            return goOn && ++m_found < m_options.maxPaths;
        }
        const int dist = m_dist[v.index()];
        if (m_onPath[v.index()] || dist == Unreachable || depth + 1 + dist > m_options.maxDepth)
            return true;
        m_onPath[v.index()] = 1;
        m_path.push_back(&link);
        bool goOn = true;
        for (const DependencyGraph::Link &next : m_graph.outLinks(v)) {
            if (!step(next, depth + 1)) {
                goOn = false;
                break;
            }
        }
        m_path.pop_back();
        m_onPath[v.index()] = 0;
        return goOn;
    }

    const DependencyGraph &m_graph;
    EntityId m_to;
    const ChainOptions &m_options;
    const ChainFinder::Visitor &m_visitor;
    const std::atomic<bool> *m_cancel;
    std::vector<int> m_dist;
    std::vector<std::uint8_t> m_onPath;
    std::vector<const DependencyGraph::Link *> m_path;
    std::size_t m_steps = 0;
    std::size_t m_found = 0;
};

double rankedValue(const DependencyGraph &graph, const DependencyGraph::Link &link)
{
    const auto &edge = graph.edge(link.bestRanked);
    return edge.strength * edge.evidence;
}

} // namespace

bool ChainFinder::forEachChain(const DependencyGraph &graph, EntityId from, EntityId to, const ChainOptions &options,
                               const Visitor &visitor, const std::atomic<bool> *cancel, const ProgressCallback &progress)
{
    AnalysisCancelled::check(cancel);
    if (from == to || from.index() >= graph.entityCount() || to.index() >= graph.entityCount() ||
        !graph.isVisible(from) || !graph.isVisible(to) || options.maxDepth < 1 || options.maxPaths == 0)
        return true;
    Search search(graph, to, options, visitor, cancel);
    if (!search.reachable(from))
        return true;
    return search.run(from, progress);
}

ChainFinder::Result ChainFinder::find(const DependencyGraph &graph, EntityId from, EntityId to,
                                      const ChainOptions &options, const std::atomic<bool> *cancel,
                                      const ProgressCallback &progress)
{
    Result result;
    // Every chain found is kept as links (maxPaths bounds the memory); full chains with their
    // alternatives are built only for the topK.
    struct Found
    {
        double score;
        std::vector<const DependencyGraph::Link *> links;
    };
    std::vector<Found> found;
    const bool complete = forEachChain(
        graph, from, to, options,
        [&](std::span<const DependencyGraph::Link *const> links) {
            double score = 1.0;
            for (const auto *link : links)
                score *= rankedValue(graph, *link);
            found.push_back({score, {links.begin(), links.end()}});
            return true;
        },
        cancel, progress);
    result.truncated = !complete;
    result.chainsFound = found.size();
    const auto before = [](const Found &a, const Found &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.links.size() != b.links.size())
            return a.links.size() < b.links.size();
        for (std::size_t i = 0; i < a.links.size(); ++i) {
            if (a.links[i]->provider != b.links[i]->provider)
                return a.links[i]->provider < b.links[i]->provider;
        }
        return false;
    };
    const std::size_t count = std::min(options.topK, found.size());
    std::partial_sort(found.begin(), found.begin() + static_cast<std::ptrdiff_t>(count), found.end(), before);
    for (std::size_t i = 0; i < count; ++i)
        result.chains.push_back(makeChain(graph, found[i].links, from));
    return result;
}

DependencyChain ChainFinder::makeChain(const DependencyGraph &graph, std::span<const DependencyGraph::Link *const> links,
                                       EntityId from)
{
    DependencyChain chain;
    chain.score = 1.0;
    chain.strength = 1.0;
    EntityId dependent = from;
    for (const DependencyGraph::Link *link : links) {
        const auto &best = graph.edge(link->bestRanked);
        ChainHop hop{dependent, link->provider, best.tie, {}, best.strength, best.evidence};
        for (const std::uint32_t e : graph.linkEdges(*link)) {
            if (e != link->bestRanked)
                hop.alternatives.push_back(graph.edge(e).tie);
        }
        chain.score *= best.strength * best.evidence;
        chain.strength *= best.strength;
        chain.hops.push_back(std::move(hop));
        dependent = link->provider;
    }
    return chain;
}

} // namespace tiescope
