// SPDX-License-Identifier: MIT
#include "render/sceneitems.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "edit/editdelta.h"
#include "graph/tiegraph.h"
#include "graph/graphview.h"
#include "model/dataset.h"
#include "render/entityitem.h"
#include "render/graphscene.h"
#include "render/kindshape.h"
#include "render/tielayer.h"

namespace tiescope {

namespace {

constexpr double MinGlyphPixels = 5.0; // the least connected entity's radius on screen
constexpr double CrowdShare = 0.08;    // of the room an entity has, its glyph's box may take

} // namespace

EntityItem *SceneItems::make(GraphScene &scene, std::size_t index, const QPointF &at)
{
    const Dataset &data = scene.m_graph->dataset();
    const Entity &entity = data.entities()[index];
    const KindShape::Glyph glyph = KindShape::glyphFor(data.kind(entity.kind).key, entity.kind.index());
    auto *item = new EntityItem(scene, EntityId(index), glyph, QString::fromStdString(entity.name));
    scene.m_centres[index] = at;
    item->setPos(at);
    scene.addItem(item);
    return item;
}

void SceneItems::followEdit(GraphScene &scene, const EditDelta &delta)
{
    if (!scene.m_graph)
        return;
    const Dataset &data = scene.m_graph->dataset();
    const std::size_t n = data.entities().size();
    scene.m_pressed.reset();
    scene.m_bulk = true;
    if (delta.renumbered)
        renumber(scene, delta);
    while (scene.m_items.size() > n) {
        delete scene.m_items.back();
        scene.m_items.pop_back();
    }
    const QPointF centre = scene.m_centres.empty() ? QPointF() : scene.sceneRect().center();
    scene.m_centres.resize(n, centre);
    scene.m_radii.resize(n, GraphScene::radiusForDegree(0));
    for (std::size_t i = scene.m_items.size(); i < n; ++i) {
        scene.m_items.push_back(make(scene, i, centre));
        scene.m_dirtyItems.emplace_back(i);
    }
    for (const EntityId entity : delta.entitiesChanged) {
        delete scene.m_items.at(entity.index());
        scene.m_items[entity.index()] = make(scene, entity.index(), scene.m_centres[entity.index()]);
        scene.m_dirtyItems.push_back(entity);
    }
    scene.m_bulk = false;
    // The tie layer follows tie by tie: appended, popped, re-pointed or restyled, also when only
    // entities moved (a merge). A source's change may restyle any tie (its grades), and moved
    // ties would move every per-tie table: then it is built again.
    const std::optional<std::size_t> keptTies = tiesKeptInPlace(scene, delta);
    if (delta.sourcesChanged || !keptTies) {
        scene.newTieLayer();
    } else {
        if (delta.renumbered)
            scene.m_ties->renumberEntities(delta.entityMoves);
        scene.m_ties->followEdit(data, *keptTies, delta.tiesChanged);
    }
    scene.m_marks.reset(scene.m_graph);
    scene.m_view.emplace(*scene.m_graph);
    scene.m_degrees.resize(n, 0);
    // The document's view comes next: labels are placed once, then.
    scene.m_viewPending = true;
    scene.m_labelsDirty = scene.m_labelsDirty || !scene.m_dirtyItems.empty() || !delta.entitiesRemoved.empty();
    scene.updateSceneRect();
}

void SceneItems::renumber(GraphScene &scene, const EditDelta &delta)
{
    // Each kept item goes to its entity's new id; a removed one is deleted; the ids left
    // without an item get a new one, as added entities do.
    const std::size_t n = scene.m_graph->dataset().entities().size();
    std::vector<EntityItem *> items(n, nullptr);
    std::vector<QPointF> centres(n);
    for (std::size_t i = 0; i < scene.m_items.size(); ++i) {
        const EntityId moved = delta.moved(EntityId(i));
        if (!moved.isValid() || moved.index() >= n) {
            delete scene.m_items[i];
            continue;
        }
        items[moved.index()] = scene.m_items[i];
        centres[moved.index()] = scene.m_centres[i];
        scene.m_items[i]->setEntity(moved);
    }
    const QPointF centre = scene.m_centres.empty() ? QPointF() : scene.sceneRect().center();
    scene.m_items = std::move(items);
    scene.m_centres = std::move(centres);
    for (std::size_t i = 0; i < n; ++i) {
        if (!scene.m_items[i]) {
            scene.m_items[i] = make(scene, i, centre);
            scene.m_dirtyItems.emplace_back(i);
        }
    }
    // Sizes move with their items: the next view resizes only what it changed (every item when
    // the tie layer is built again).
    std::vector<double> radii(n, GraphScene::radiusForDegree(0));
    std::vector<std::uint32_t> degrees(n, 0);
    for (std::size_t i = 0; i < scene.m_degrees.size() && i < scene.m_radii.size(); ++i) {
        const EntityId moved = delta.moved(EntityId(i));
        if (moved.isValid() && moved.index() < n) {
            radii[moved.index()] = scene.m_radii[i];
            degrees[moved.index()] = scene.m_degrees[i];
        }
    }
    scene.m_radii = std::move(radii);
    scene.m_degrees = std::move(degrees);
    scene.m_labelsDirty = true;
}

std::optional<std::size_t> SceneItems::tiesKeptInPlace(const GraphScene &scene, const EditDelta &delta)
{
    const std::size_t before = scene.m_ties->size();
    const std::size_t now = scene.m_graph->dataset().ties().size();
    if (!delta.renumbered)
        return std::min(before, now);
    // Kept in place: every tie keeps its id up to the first one popped, none is kept after it.
    std::size_t kept = 0;
    while (kept < delta.tieMoves.size() && delta.tieMoves[kept] == TieId(kept))
        ++kept;
    for (std::size_t i = kept; i < delta.tieMoves.size(); ++i) {
        if (delta.tieMoves[i].isValid())
            return std::nullopt;
    }
    if (delta.tieMoves.size() != before)
        return std::nullopt;
    return std::min(kept, now);
}

std::vector<EntityId> SceneItems::showView(GraphScene &scene, const GraphView &view)
{
    // Only the entities whose visibility or shown degree changed are resized (all of them after
    // a new graph or tie layer); labels are placed again only when one of them was.
    std::vector<std::uint32_t> degrees = view.degrees();
    const bool full = scene.m_fullView || scene.m_degrees.size() != scene.m_items.size();
    std::vector<std::uint8_t> dirty(scene.m_items.size(), full ? 1 : 0);
    for (const EntityId entity : scene.m_dirtyItems) {
        if (entity.index() < dirty.size())
            dirty[entity.index()] = 1;
    }
    scene.m_dirtyItems.clear();
    std::vector<EntityId> resized;
    for (std::size_t i = 0; i < scene.m_items.size(); ++i) {
        const bool shown = view.entityMask()[i] != 0;
        if (!dirty[i] && shown == scene.m_items[i]->isVisible() && degrees[i] == scene.m_degrees[i])
            continue;
        scene.m_items[i]->setVisible(shown);
        scene.m_radii[i] = radius(scene, degrees[i]);
        scene.m_items[i]->setRadius(scene.m_radii[i]);
        resized.emplace_back(i);
    }
    scene.m_degrees = std::move(degrees);
    scene.m_labelsDirty = scene.m_labelsDirty || !resized.empty();
    return resized;
}

double SceneItems::sizeFactor(const GraphScene &scene)
{
    // Zoomed out, glyphs grow so the smallest keeps MinGlyphPixels on screen, but never so far
    // that they crowd the picture: a large graph far out stays points, as it must to be drawn
    // fast and read as a whole.
    const double smallest = GraphScene::radiusForDegree(0);
    const double wanted = MinGlyphPixels / (smallest * std::max(scene.m_viewScale, 1e-9));
    if (wanted <= 1.0)
        return 1.0;
    QRectF extent;
    std::size_t shown = 0;
    for (std::size_t i = 0; i < scene.m_items.size(); ++i) {
        if (scene.m_items[i]->isVisible()) {
            extent |= QRectF(scene.m_centres[i], QSizeF(1.0, 1.0));
            ++shown;
        }
    }
    if (shown == 0)
        return 1.0;
    const double room = std::sqrt(CrowdShare * extent.width() * extent.height() / static_cast<double>(shown));
    return std::clamp(room / (2.0 * smallest), 1.0, wanted);
}

double SceneItems::radius(const GraphScene &scene, std::uint32_t degree)
{
    // Every glyph grows by what the smallest needs, not in proportion: a hub stays larger than a
    // leaf without covering the ties that converge on it.
    return GraphScene::radiusForDegree(degree) + (scene.m_sizeFactor - 1.0) * GraphScene::radiusForDegree(0);
}

bool SceneItems::rescale(GraphScene &scene)
{
    const double factor = sizeFactor(scene);
    if (std::abs(factor - scene.m_sizeFactor) <= 1e-3 * factor || scene.m_degrees.size() != scene.m_items.size())
        return false;
    scene.m_sizeFactor = factor;
    for (std::size_t i = 0; i < scene.m_items.size(); ++i) {
        scene.m_radii[i] = radius(scene, scene.m_degrees[i]);
        scene.m_items[i]->setRadius(scene.m_radii[i]);
    }
    scene.m_ties->updateGeometry(scene.m_centres, scene.m_radii);
    return true;
}

} // namespace tiescope
