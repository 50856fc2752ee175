// SPDX-License-Identifier: MIT
#include "render/scenebounds.h"

#include <algorithm>

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

QRectF SceneBounds::shownCentres(const GraphScene &scene)
{
    double left = 0.0, top = 0.0, right = 0.0, bottom = 0.0;
    bool any = false;
    for (std::size_t i = 0; i < scene.m_items.size(); ++i) {
        if (!scene.m_items[i]->isVisible())
            continue;
        const QPointF &c = scene.m_centres[i];
        if (!any) {
            left = right = c.x();
            top = bottom = c.y();
            any = true;
        }
        left = std::min(left, c.x());
        right = std::max(right, c.x());
        top = std::min(top, c.y());
        bottom = std::max(bottom, c.y());
    }
    return any ? QRectF(QPointF(left, top), QPointF(right, bottom)).adjusted(-20, -20, 20, 20) : QRectF();
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
