// SPDX-License-Identifier: MIT
#include "render/scenelabels.h"

#include <algorithm>
#include <vector>

#include "render/entityitem.h"
#include "render/graphscene.h"
#include "render/labelplacer.h"
#include "render/sceneitems.h"

namespace tiescope {

namespace {

// How many of the best connected entities are named along a leader line when the crowd around
// them leaves no side free: Serbia and Russia were not named at the first fit.
constexpr std::size_t LeaderHubs = 8;

} // namespace

void SceneLabels::setViewport(GraphScene &scene, double scale, const QRectF &labelArea, const QRectF &labelAvoid)
{
    if (scale <= 0.0 ||
        (scale == scene.m_viewScale && labelArea == scene.m_labelArea && labelAvoid == scene.m_labelAvoid))
        return;
    scene.m_viewScale = scale;
    scene.m_labelArea = labelArea;
    scene.m_labelAvoid = labelAvoid;
    if (scene.m_graph)
        SceneItems::rescale(scene);
    scene.updateLabels();
}

void SceneLabels::place(GraphScene &scene)
{
    // Keep on-screen text at least ~9 px: zoomed out, labels grow in scene units, so
    // fewer fit and the placer keeps only the best connected ones.
    const double factor = std::max(1.0, 0.8 / std::max(scene.m_viewScale, 1e-3));
    const std::vector<EntityItem *> &items = scene.m_items;
    std::vector<LabelPlacer::Candidate> candidates(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        LabelPlacer::Candidate &c = candidates[i];
        c.centre = scene.m_centres[i];
        c.radius = scene.m_radii[i];
        c.labelSize = items[i]->labelSize() * factor;
        c.priority = scene.m_degrees[i] + scene.m_radii[i] * 1e-3;
        c.shown = items[i]->isVisible();
        c.wanted = !(scene.m_fadeIsolated && scene.m_degrees[i] == 0);
        c.corners = true; // around a hub the sides are taken first: more of its neighbours named
    }
    scene.m_marks.prioritise(candidates);
    std::vector<std::size_t> hubs;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        if (candidates[i].shown && candidates[i].wanted && scene.m_degrees[i] >= 2)
            hubs.push_back(i);
    }
    const auto first = hubs.begin() + static_cast<std::ptrdiff_t>(std::min(LeaderHubs, hubs.size()));
    std::partial_sort(hubs.begin(), first, hubs.end(),
                      [&](std::size_t a, std::size_t b) { return candidates[a].priority > candidates[b].priority; });
    for (auto hub = hubs.begin(); hub != first; ++hub)
        candidates[*hub].leader = true;
    std::vector<QPointF> leaders;
    const std::vector<LabelAnchor> anchors =
        LabelPlacer::place(candidates, scene.m_labelArea, scene.m_labelAvoid, &leaders);
    for (std::size_t i = 0; i < items.size(); ++i)
        items[i]->setLabelPlacement(anchors[i], factor, leaders[i]);
}

} // namespace tiescope
