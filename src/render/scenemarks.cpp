// SPDX-License-Identifier: MIT
#include "render/scenemarks.h"

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

void SceneMarks::reset(const TieGraph *graph)
{
    *this = SceneMarks();
    m_graph = graph;
    if (graph)
        m_struckEntities.assign(graph->dataset().entities().size(), 0);
}

bool SceneMarks::setMarked(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return false;
    std::vector<EntityId> keptEntities;
    for (const EntityId entity : entities) {
        if (entity.index() < m_graph->dataset().entities().size())
            keptEntities.push_back(entity);
    }
    std::vector<TieId> keptTies;
    for (const TieId tie : ties) {
        if (tie.index() < m_graph->dataset().ties().size())
            keptTies.push_back(tie);
    }
    if (keptEntities == m_markedEntities && keptTies == m_markedTies)
        return false;
    m_markedEntities = std::move(keptEntities);
    m_markedTies = std::move(keptTies);
    return true;
}

void SceneMarks::setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return;
    if (entities.empty() && ties.empty()) {
        clearHighlight();
        return;
    }
    const Dataset &data = m_graph->dataset();
    m_highlightEntities.assign(data.entities().size(), 0);
    m_highlightTies.assign(data.ties().size(), 0);
    for (const EntityId e : entities) {
        if (e.index() < m_highlightEntities.size())
            m_highlightEntities[e.index()] = 1;
    }
    for (const TieId t : ties) {
        if (t.index() < m_highlightTies.size()) {
            m_highlightTies[t.index()] = 1;
            // A tie's ends belong to it: never leave a highlighted tie between faint nodes.
            const Tie &tie = data.tie(t);
            m_highlightEntities[tie.from.index()] = 1;
            m_highlightEntities[tie.to.index()] = 1;
        }
    }
}

bool SceneMarks::clearHighlight()
{
    if (m_highlightEntities.empty())
        return false;
    m_highlightEntities.clear();
    m_highlightTies.clear();
    return true;
}

void SceneMarks::setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return;
    m_struckEntities.assign(m_graph->dataset().entities().size(), 0);
    for (const EntityId e : entities) {
        if (e.index() < m_struckEntities.size())
            m_struckEntities[e.index()] = 1;
    }
    m_struckTies.clear();
    if (!ties.empty() || !entities.empty()) {
        // A removed entity takes its ties with it.
        const auto &all = m_graph->dataset().ties();
        m_struckTies.assign(all.size(), 0);
        for (const TieId t : ties) {
            if (t.index() < m_struckTies.size())
                m_struckTies[t.index()] = 1;
        }
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (m_struckEntities[all[i].from.index()] || m_struckEntities[all[i].to.index()])
                m_struckTies[i] = 1;
        }
    }
}

std::vector<std::uint8_t> SceneMarks::entityFocus(const GraphView &view) const
{
    if (!hovered)
        return m_highlightEntities;
    std::vector<std::uint8_t> focus(m_graph->dataset().entities().size(), 0);
    focus[hovered->index()] = 1;
    for (const TieGraph::Incidence &inc : m_graph->incidences(*hovered)) {
        if (view.isVisible(inc.tie))
            focus[inc.other.index()] = 1;
    }
    return focus;
}

void SceneMarks::prioritise(std::vector<LabelPlacer::Candidate> &candidates) const
{
    if (hasHighlight()) {
        // An analysis result in focus: its entities are named, and the faint rest neither get a
        // label nor keep one from being placed over them.
        for (std::size_t i = 0; i < candidates.size(); ++i) {
            candidates[i].wanted = m_highlightEntities[i] != 0;
            candidates[i].shown = candidates[i].shown && candidates[i].wanted;
            if (candidates[i].wanted)
                candidates[i].priority += 1e8;
        }
    }
    for (const EntityId marked : m_markedEntities) {
        candidates[marked.index()].priority = 1e9;
        candidates[marked.index()].wanted = true;
    }
    if (hovered) {
        candidates[hovered->index()].priority = 2e9;
        candidates[hovered->index()].wanted = true;
    }
}

} // namespace tiescope
