// SPDX-License-Identifier: MIT
#include "graph/tiegraph.h"

#include "graph/boostgraph.h"
#include "model/dataset.h"

namespace tiescope {

TieGraph::TieGraph(const Dataset &dataset)
    : m_dataset(&dataset), m_graph(std::make_unique<BoostGraphHolder>())
{
    BoostGraph &graph = m_graph->graph;
    const auto &entities = dataset.entities();
    const auto &ties = dataset.ties();
    graph = BoostGraph(entities.size());
    for (std::size_t i = 0; i < entities.size(); ++i)
        graph[i].entity = EntityId(i);
    m_facts.reserve(ties.size());
    for (std::size_t i = 0; i < ties.size(); ++i) {
        const Tie &tie = ties[i];
        boost::add_edge(tie.from.index(), tie.to.index(), BoostEdge{TieId(i)}, graph);
        const DateInterval interval = tie.interval();
        m_facts.push_back(TieFacts{interval.first(), interval.last(), tie.from.value(), tie.to.value(),
                                   static_cast<std::uint16_t>(tie.domain.value()), tie.status,
                                   static_cast<std::uint8_t>(tie.isUndated() ? 1 : 0)});
    }
}

TieGraph::~TieGraph() = default;
TieGraph::TieGraph(TieGraph &&) noexcept = default;
TieGraph &TieGraph::operator=(TieGraph &&) noexcept = default;

std::size_t TieGraph::entityCount() const
{
    return boost::num_vertices(m_graph->graph);
}

std::size_t TieGraph::tieCount() const
{
    return boost::num_edges(m_graph->graph);
}

std::vector<TieGraph::Incidence> TieGraph::incidences(EntityId entity) const
{
    const BoostGraph &graph = m_graph->graph;
    std::vector<Incidence> result;
    const auto vertex = entity.index();
    result.reserve(boost::out_degree(vertex, graph) + boost::in_degree(vertex, graph));
    for (auto [it, end] = boost::out_edges(vertex, graph); it != end; ++it)
        result.push_back({graph[*it].tie, EntityId(boost::target(*it, graph)), true});
    for (auto [it, end] = boost::in_edges(vertex, graph); it != end; ++it)
        result.push_back({graph[*it].tie, EntityId(boost::source(*it, graph)), false});
    return result;
}

std::vector<TieId> TieGraph::outTies(EntityId entity) const
{
    const BoostGraph &graph = m_graph->graph;
    std::vector<TieId> result;
    for (auto [it, end] = boost::out_edges(entity.index(), graph); it != end; ++it)
        result.push_back(graph[*it].tie);
    return result;
}

std::vector<TieId> TieGraph::inTies(EntityId entity) const
{
    const BoostGraph &graph = m_graph->graph;
    std::vector<TieId> result;
    for (auto [it, end] = boost::in_edges(entity.index(), graph); it != end; ++it)
        result.push_back(graph[*it].tie);
    return result;
}

std::vector<TieId> TieGraph::tiesBetween(EntityId a, EntityId b) const
{
    std::vector<TieId> result;
    for (const Incidence &incidence : incidences(a)) {
        if (incidence.other == b && (incidence.outgoing || a != b))
            result.push_back(incidence.tie);
    }
    return result;
}

} // namespace tiescope
