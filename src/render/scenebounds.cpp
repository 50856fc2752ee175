// SPDX-License-Identifier: MIT
#include "render/scenebounds.h"

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/entityitem.h"
#include "render/graphscene.h"
#include "render/tielayer.h"

namespace tiescope {

QRectF SceneBounds::shown(const GraphScene &scene)
{
    QRectF bounds;
    for (const EntityItem *item : scene.m_items) {
        if (item->isVisible())
            bounds |= item->sceneBoundingRect();
    }
    return bounds.adjusted(-20, -20, 20, 20);
}

QRectF SceneBounds::selection(const GraphScene &scene)
{
    if (!scene.m_graph)
        return {};
    QRectF bounds;
    for (const EntityId entity : scene.m_marks.markedEntities()) {
        bounds |= scene.m_items[entity.index()]->sceneBoundingRect();
        for (const TieGraph::Incidence &inc : scene.m_graph->incidences(entity)) {
            if (scene.isShown(inc.tie))
                bounds |= scene.m_items[inc.other.index()]->sceneBoundingRect();
        }
    }
    for (const TieId id : scene.m_marks.markedTies()) {
        const Tie &tie = scene.m_graph->dataset().tie(id);
        bounds |= scene.m_ties->tieBounds(id) | scene.m_items[tie.from.index()]->sceneBoundingRect() |
                  scene.m_items[tie.to.index()]->sceneBoundingRect();
    }
    return bounds.isNull() ? bounds : bounds.adjusted(-30, -30, 30, 30);
}

QRectF SceneBounds::highlight(const GraphScene &scene)
{
    QRectF bounds;
    const std::vector<std::uint8_t> &highlight = scene.m_marks.highlightEntities();
    for (std::size_t i = 0; i < highlight.size(); ++i) {
        if (highlight[i] && scene.m_items[i]->isVisible())
            bounds |= scene.m_items[i]->sceneBoundingRect();
    }
    return bounds.isNull() ? bounds : bounds.adjusted(-30, -30, 30, 30);
}

std::vector<bool> SceneBounds::kindsShown(const GraphScene &scene)
{
    std::vector<bool> shown;
    if (!scene.m_graph)
        return shown;
    const Dataset &data = scene.m_graph->dataset();
    shown.assign(data.kinds().size(), false);
    for (std::size_t i = 0; i < scene.m_items.size(); ++i) {
        if (scene.m_items[i]->isVisible())
            shown[data.entities()[i].kind.index()] = true;
    }
    return shown;
}

} // namespace tiescope
