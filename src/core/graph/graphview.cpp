// SPDX-License-Identifier: MIT
#include "graph/graphview.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

#include "graph/tiegraph.h"

namespace tiescope {

GraphView::GraphView(const TieGraph &graph)
    : GraphView(graph, std::vector<std::uint8_t>(graph.entityCount(), 1), std::vector<std::uint8_t>(graph.tieCount(), 1))
{
}

GraphView::GraphView(const TieGraph &graph, std::vector<std::uint8_t> entityMask, std::vector<std::uint8_t> tieMask)
    : m_graph(&graph), m_entityMask(std::move(entityMask)), m_tieMask(std::move(tieMask))
{
    if (m_entityMask.size() != graph.entityCount() || m_tieMask.size() != graph.tieCount())
        throw std::invalid_argument("GraphView masks do not match the graph");
    // A tie is only visible between visible entities.
    const auto &facts = graph.facts();
    for (std::size_t i = 0; i < m_tieMask.size(); ++i) {
        if (m_tieMask[i] && !(m_entityMask[facts[i].from] && m_entityMask[facts[i].to]))
            m_tieMask[i] = 0;
    }
    m_visibleEntities = static_cast<std::size_t>(std::count(m_entityMask.begin(), m_entityMask.end(), 1));
    m_visibleTies = static_cast<std::size_t>(std::count(m_tieMask.begin(), m_tieMask.end(), 1));
}

std::vector<EntityId> GraphView::visibleEntities() const
{
    std::vector<EntityId> result;
    result.reserve(m_visibleEntities);
    for (std::size_t i = 0; i < m_entityMask.size(); ++i) {
        if (m_entityMask[i])
            result.emplace_back(i);
    }
    return result;
}

std::vector<TieId> GraphView::visibleTies() const
{
    std::vector<TieId> result;
    result.reserve(m_visibleTies);
    for (std::size_t i = 0; i < m_tieMask.size(); ++i) {
        if (m_tieMask[i])
            result.emplace_back(i);
    }
    return result;
}

std::size_t GraphView::degree(EntityId entity) const
{
    if (!isVisible(entity))
        return 0;
    std::size_t result = 0;
    for (const auto &incidence : m_graph->incidences(entity))
        result += isVisible(incidence.tie) ? 1 : 0;
    return result;
}

std::vector<std::uint32_t> GraphView::degrees() const
{
    const auto &facts = m_graph->facts();
    std::vector<std::uint32_t> result(m_entityMask.size(), 0);
    for (std::size_t i = 0; i < m_tieMask.size(); ++i) {
        if (m_tieMask[i]) {
            ++result[facts[i].from];
            ++result[facts[i].to];
        }
    }
    return result;
}

std::vector<EntityId> GraphView::neighbours(EntityId entity) const
{
    std::vector<EntityId> result;
    if (!isVisible(entity))
        return result;
    for (const auto &incidence : m_graph->incidences(entity)) {
        if (isVisible(incidence.tie) && incidence.other != entity)
            result.push_back(incidence.other);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

GraphView GraphView::onlyDomain(DomainId domain) const
{
    std::vector<std::uint8_t> ties = m_tieMask;
    const auto &facts = m_graph->facts();
    for (std::size_t i = 0; i < ties.size(); ++i) {
        if (std::size_t{facts[i].domain} != domain.index())
            ties[i] = 0;
    }
    return GraphView(*m_graph, m_entityMask, std::move(ties));
}

std::vector<int> GraphView::components(int *count) const
{
    // Union-find over visible ties: linear in the graph, no per-vertex edge lists needed.
    const std::size_t n = m_entityMask.size();
    std::vector<std::uint32_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0U);
    const auto find = [&parent](std::uint32_t x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    };
    const auto &facts = m_graph->facts();
    for (std::size_t i = 0; i < m_tieMask.size(); ++i) {
        if (!m_tieMask[i])
            continue;
        const std::uint32_t a = find(facts[i].from);
        const std::uint32_t b = find(facts[i].to);
        if (a != b)
            parent[std::max(a, b)] = std::min(a, b);
    }
    std::vector<int> result(n, -1);
    std::vector<int> numberOfRoot(n, -1);
    int next = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!m_entityMask[i])
            continue;
        const std::uint32_t root = find(static_cast<std::uint32_t>(i));
        if (numberOfRoot[root] < 0)
            numberOfRoot[root] = next++;
        result[i] = numberOfRoot[root];
    }
    if (count)
        *count = next;
    return result;
}

} // namespace tiescope
