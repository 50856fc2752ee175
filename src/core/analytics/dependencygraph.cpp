// SPDX-License-Identifier: MIT
#include "analytics/dependencygraph.h"

#include <algorithm>

#include "analytics/whatifoverlay.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

DependencyGraph::DependencyGraph(const GraphView &view) : DependencyGraph(view, WhatIfOverlay())
{
}

DependencyGraph::DependencyGraph(const GraphView &filtered, const WhatIfOverlay &overlay)
    : m_graph(&filtered.graph())
{
    const GraphView view = overlay.applyTo(filtered);
    const Dataset &data = m_graph->dataset();
    const auto &facts = m_graph->facts();
    m_entityVisible = view.entityMask();
    const bool sanctions = !overlay.sanctionedEntities().empty() || !overlay.sanctionedTies().empty();
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        if (tie.from == tie.to)
            continue;
        const Dependence dependence = data.relation(tie.relation).dependent;
        if (dependence == Dependence::None)
            continue;
        double strength = std::clamp(data.strengthOf(tie), 0.0, 1.0);
        if (sanctions)
            strength *= overlay.strengthFactor(id, tie.from, tie.to);
        const double evidence = evidenceWeight(tie.bestGrade().weight());
        const TieGraph::TieFacts &f = facts[id.index()];
        const TieDates dates = tie.dates();
        const auto add = [&](EntityId dependent, EntityId provider) {
            m_edges.push_back(Edge{id, dependent, provider, strength, evidence, tie.domain, f.firstDay, f.lastDay,
                                   dates});
        };
        if (dependence == Dependence::From || dependence == Dependence::Mutual)
            add(tie.from, tie.to);
        if (dependence == Dependence::To || dependence == Dependence::Mutual)
            add(tie.to, tie.from);
    }
    index(false);
}

DependencyGraph::DependencyGraph(const TieGraph &graph, std::vector<std::uint8_t> entityVisible, std::vector<Edge> edges,
                                 bool inLinkOrder)
    : m_graph(&graph), m_entityVisible(std::move(entityVisible)), m_edges(std::move(edges))
{
    index(inLinkOrder);
}

DependencyGraph DependencyGraph::restrictedTo(const DateInterval &window, std::optional<DomainId> domain) const
{
    // Walking the edges in link order keeps them grouped and ranked, so the copy is indexed
    // without sorting again: exposure series make one copy per year.
    std::vector<Edge> kept;
    kept.reserve(m_edges.size());
    for (const std::uint32_t e : m_linkEdges) {
        const Edge &edge = m_edges[e];
        if (domain && edge.domain != *domain)
            continue;
        if (window.overlaps(DateInterval(edge.firstDay, edge.lastDay)))
            kept.push_back(edge);
    }
    return DependencyGraph(*m_graph, m_entityVisible, std::move(kept), true);
}

DependencyGraph DependencyGraph::during(const DateInterval &window, Presence presence, bool withUndated) const
{
    std::vector<Edge> kept;
    kept.reserve(m_edges.size());
    for (const std::uint32_t e : m_linkEdges) {
        const Edge &edge = m_edges[e];
        const bool present = edge.dates.isUndated() ? withUndated
                             : presence == Presence::Certain ? edge.dates.mustMeet(window)
                                                             : edge.dates.mayMeet(window);
        if (present)
            kept.push_back(edge);
    }
    return DependencyGraph(*m_graph, m_entityVisible, std::move(kept), true);
}

bool DependencyGraph::hasUndatedEdges() const
{
    return std::any_of(m_edges.begin(), m_edges.end(), [](const Edge &edge) { return edge.dates.isUndated(); });
}

const Dataset &DependencyGraph::dataset() const
{
    return m_graph->dataset();
}

void DependencyGraph::index(bool inLinkOrder)
{
    const std::size_t n = m_entityVisible.size();
    // Edges grouped by (dependent, provider) so parallel ties sit together as one link.
    std::vector<std::uint32_t> order(m_edges.size());
    for (std::uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto ranked = [this](std::uint32_t e) { return m_edges[e].strength * m_edges[e].evidence; };
    if (!inLinkOrder) {
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            const Edge &x = m_edges[a];
            const Edge &y = m_edges[b];
            if (x.dependent != y.dependent)
                return x.dependent < y.dependent;
            if (x.provider != y.provider)
                return x.provider < y.provider;
            if (ranked(a) != ranked(b))
                return ranked(a) > ranked(b);
            return x.tie < y.tie;
        });
    }
    m_linkEdges = order;
    m_links.clear();
    m_linkOffsets.assign(n + 1, 0);
    std::size_t i = 0;
    for (std::size_t entity = 0; entity < n; ++entity) {
        m_linkOffsets[entity] = static_cast<std::uint32_t>(m_links.size());
        const std::size_t firstLink = m_links.size();
        while (i < order.size() && m_edges[order[i]].dependent.index() == entity) {
            const EntityId provider = m_edges[order[i]].provider;
            Link link{provider, static_cast<std::uint32_t>(i), 0, order[i], order[i]};
            while (i < order.size() && m_edges[order[i]].dependent.index() == entity &&
                   m_edges[order[i]].provider == provider) {
                if (m_edges[order[i]].strength > m_edges[link.strongest].strength)
                    link.strongest = order[i];
                ++link.edgeCount;
                ++i;
            }
            m_links.push_back(link);
        }
        // Strongest-ranked providers first, so bounded searches meet the best chains early.
        std::sort(m_links.begin() + static_cast<std::ptrdiff_t>(firstLink), m_links.end(),
                  [&](const Link &a, const Link &b) {
                      if (ranked(a.bestRanked) != ranked(b.bestRanked))
                          return ranked(a.bestRanked) > ranked(b.bestRanked);
                      return a.provider < b.provider;
                  });
    }
    m_linkOffsets[n] = static_cast<std::uint32_t>(m_links.size());

    m_inOffsets.assign(n + 1, 0);
    for (const Edge &edge : m_edges)
        ++m_inOffsets[edge.provider.index() + 1];
    for (std::size_t v = 0; v < n; ++v)
        m_inOffsets[v + 1] += m_inOffsets[v];
    m_inEdges.assign(m_edges.size(), 0);
    std::vector<std::uint32_t> fill(m_inOffsets.begin(), m_inOffsets.end() - 1);
    for (std::uint32_t e = 0; e < m_edges.size(); ++e)
        m_inEdges[fill[m_edges[e].provider.index()]++] = e;
}

std::span<const DependencyGraph::Link> DependencyGraph::outLinks(EntityId entity) const
{
    const auto v = entity.index();
    return {m_links.data() + m_linkOffsets[v], m_linkOffsets[v + 1] - m_linkOffsets[v]};
}

std::span<const std::uint32_t> DependencyGraph::linkEdges(const Link &link) const
{
    return {m_linkEdges.data() + link.firstEdge, link.edgeCount};
}

std::span<const std::uint32_t> DependencyGraph::inEdges(EntityId entity) const
{
    const auto v = entity.index();
    return {m_inEdges.data() + m_inOffsets[v], m_inOffsets[v + 1] - m_inOffsets[v]};
}

} // namespace tiescope
