// SPDX-License-Identifier: MIT
#include "layout/layoutgraph.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "graph/graphview.h"
#include "graph/tiegraph.h"

namespace tiescope {

LayoutGraph::LayoutGraph(std::size_t nodeCount, std::vector<Edge> edges, std::vector<double> masses)
{
    // Bucket both directions of every edge by their first node (a counting sort, linear),
    // then sort and merge each row: deterministic and fast at a million edges.
    std::vector<std::uint64_t> counts(nodeCount + 1, 0);
    for (const Edge &e : edges) {
        if (e.a == e.b)
            continue;
        ++counts[e.a + 1];
        ++counts[e.b + 1];
    }
    std::partial_sum(counts.begin(), counts.end(), counts.begin());
    std::vector<std::pair<std::uint32_t, double>> slots(counts.back());
    std::vector<std::uint64_t> fill(counts.begin(), counts.end() - 1);
    for (const Edge &e : edges) {
        if (e.a == e.b)
            continue;
        slots[fill[e.a]++] = {e.b, e.weight};
        slots[fill[e.b]++] = {e.a, e.weight};
    }
    edges.clear();
    edges.shrink_to_fit();

    m_offsets.assign(nodeCount + 1, 0);
    m_targets.reserve(slots.size());
    m_weights.reserve(slots.size());
    for (std::size_t node = 0; node < nodeCount; ++node) {
        const auto begin = slots.begin() + static_cast<std::ptrdiff_t>(counts[node]);
        const auto end = slots.begin() + static_cast<std::ptrdiff_t>(counts[node + 1]);
        std::sort(begin, end, [](const auto &x, const auto &y) { return x.first < y.first; });
        for (auto it = begin; it != end; ++it) {
            if (m_targets.size() > m_offsets[node] && m_targets.back() == it->first)
                m_weights.back() += it->second;
            else {
                m_targets.push_back(it->first);
                m_weights.push_back(it->second);
            }
        }
        m_offsets[node + 1] = m_targets.size();
    }
    if (masses.size() == nodeCount) {
        m_masses = std::move(masses);
    } else {
        m_masses.assign(nodeCount, 1.0);
        for (std::size_t node = 0; node < nodeCount; ++node) {
            for (std::uint64_t k = m_offsets[node]; k < m_offsets[node + 1]; ++k)
                m_masses[node] += m_weights[k];
        }
    }
    m_entities.resize(nodeCount);
    std::iota(m_entities.begin(), m_entities.end(), 0U);
}

LayoutGraph LayoutGraph::fromView(const GraphView &view, double massExponent, bool tiedOnly)
{
    const TieGraph &graph = view.graph();
    const auto &entityMask = view.entityMask();
    const auto &facts = graph.facts();
    const auto &tieMask = view.tieMask();
    std::vector<std::uint8_t> include(entityMask);
    if (tiedOnly) {
        std::fill(include.begin(), include.end(), 0);
        for (std::size_t i = 0; i < facts.size(); ++i) {
            if (tieMask[i] && facts[i].from != facts[i].to) {
                include[facts[i].from] = 1;
                include[facts[i].to] = 1;
            }
        }
    }
    std::vector<std::uint32_t> nodeOf(graph.entityCount(), 0);
    std::vector<std::uint32_t> entities;
    entities.reserve(view.visibleEntityCount());
    for (std::uint32_t e = 0; e < include.size(); ++e) {
        if (include[e]) {
            nodeOf[e] = static_cast<std::uint32_t>(entities.size());
            entities.push_back(e);
        }
    }
    std::vector<Edge> edges;
    edges.reserve(view.visibleTieCount());
    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (tieMask[i])
            edges.push_back(Edge{nodeOf[facts[i].from], nodeOf[facts[i].to], 1.0});
    }
    LayoutGraph result(entities.size(), std::move(edges));
    result.m_entities = std::move(entities);
    // Parallel ties say "these two are tied" once in the picture: a pair pulls as one edge,
    // and a node weighs by how many others it is tied to.
    std::fill(result.m_weights.begin(), result.m_weights.end(), 1.0);
    for (std::size_t node = 0; node < result.nodeCount(); ++node) {
        const auto degree = static_cast<double>(result.m_offsets[node + 1] - result.m_offsets[node]);
        result.m_masses[node] = std::pow(1.0 + degree, massExponent);
    }
    return result;
}

} // namespace tiescope
