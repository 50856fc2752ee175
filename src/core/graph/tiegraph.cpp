// SPDX-License-Identifier: MIT
#include "graph/tiegraph.h"

#include <algorithm>
#include <optional>

#include "graph/boostgraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

TieGraph::TieFacts factsOf(const Tie &tie)
{
    const DateInterval interval = tie.interval();
    return TieGraph::TieFacts{interval.first(), interval.last(), tie.from.value(), tie.to.value(),
                              static_cast<std::uint16_t>(tie.domain.value()), tie.status,
                              static_cast<std::uint8_t>(tie.isUndated() ? 1 : 0)};
}

// Incidence lists in tie order, as a graph built at once has them: a re-pointed edge is
// appended to its new ends' lists. Already sorted unless an edit re-pointed one.
template <typename It, typename TieOf>
void sortByTie(It first, It last, TieOf tieOf)
{
    const auto less = [&tieOf](const auto &a, const auto &b) { return tieOf(a) < tieOf(b); };
    if (!std::is_sorted(first, last, less))
        std::sort(first, last, less);
}

std::optional<BoostGraph::edge_descriptor> edgeOf(const BoostGraph &graph, TieId tie, std::size_t from)
{
    for (auto [it, end] = boost::out_edges(from, graph); it != end; ++it) {
        if (graph[*it].tie == tie)
            return *it;
    }
    return std::nullopt;
}

} // namespace

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
        m_facts.push_back(factsOf(tie));
    }
}

void TieGraph::appendEntity()
{
    BoostGraph &graph = m_graph->graph;
    const auto vertex = boost::add_vertex(graph);
    graph[vertex].entity = EntityId(vertex);
}

void TieGraph::popEntity()
{
    // The last vertex of a vecS graph goes without renumbering any other.
    BoostGraph &graph = m_graph->graph;
    const std::size_t last = boost::num_vertices(graph) - 1;
    boost::clear_vertex(last, graph);
    boost::remove_vertex(last, graph);
}

void TieGraph::appendTie()
{
    const auto id = TieId(m_facts.size());
    const Tie &tie = m_dataset->tie(id);
    boost::add_edge(tie.from.index(), tie.to.index(), BoostEdge{id}, m_graph->graph);
    m_facts.push_back(factsOf(tie));
}

void TieGraph::popTie()
{
    const auto id = TieId(m_facts.size() - 1);
    if (const auto edge = edgeOf(m_graph->graph, id, m_facts.back().from))
        boost::remove_edge(*edge, m_graph->graph);
    m_facts.pop_back();
}

void TieGraph::updateTie(TieId id)
{
    const Tie &tie = m_dataset->tie(id);
    TieFacts &facts = m_facts.at(id.index());
    if (facts.from != tie.from.value() || facts.to != tie.to.value()) {
        BoostGraph &graph = m_graph->graph;
        if (const auto edge = edgeOf(graph, id, facts.from))
            boost::remove_edge(*edge, graph);
        boost::add_edge(tie.from.index(), tie.to.index(), BoostEdge{id}, graph);
    }
    facts = factsOf(tie);
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
    const auto firstIn = result.begin() + static_cast<std::ptrdiff_t>(boost::out_degree(vertex, graph));
    const auto tieOf = [](const Incidence &incidence) { return incidence.tie; };
    sortByTie(result.begin(), firstIn, tieOf);
    sortByTie(firstIn, result.end(), tieOf);
    return result;
}

std::vector<TieId> TieGraph::outTies(EntityId entity) const
{
    const BoostGraph &graph = m_graph->graph;
    std::vector<TieId> result;
    for (auto [it, end] = boost::out_edges(entity.index(), graph); it != end; ++it)
        result.push_back(graph[*it].tie);
    sortByTie(result.begin(), result.end(), [](TieId tie) { return tie; });
    return result;
}

std::vector<TieId> TieGraph::inTies(EntityId entity) const
{
    const BoostGraph &graph = m_graph->graph;
    std::vector<TieId> result;
    for (auto [it, end] = boost::in_edges(entity.index(), graph); it != end; ++it)
        result.push_back(graph[*it].tie);
    sortByTie(result.begin(), result.end(), [](TieId tie) { return tie; });
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
