// SPDX-License-Identifier: MIT
#include "render/graphscene.h"

#include <algorithm>
#include <cmath>
#include <future>

#include <QCoreApplication>
#include <QEvent>

#include "graph/tiegraph.h"
#include "layout/placeholdergrid.h"
#include "model/dataset.h"
#include "render/entityitem.h"
#include "render/scenebounds.h"
#include "render/sceneitems.h"
#include "render/scenelabels.h"
#include "render/tielayer.h"

namespace tiescope {

namespace {

constexpr double HitTolerancePixels = 5.0;

} // namespace

double GraphScene::radiusForDegree(std::uint32_t degree)
{
    return std::min(9.0 + 3.2 * std::sqrt(static_cast<double>(degree)), 36.0);
}

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

GraphScene::~GraphScene()
{
    clearItems();
}

void GraphScene::clearItems()
{
    m_items.clear();
    m_ties = nullptr;
    m_view.reset();
    m_pressed.reset();
    m_hoveredTie.reset();
    m_pointerTie.reset();
    m_marks.reset(nullptr);
    m_dirtyItems.clear();
    m_viewPending = false;
    m_labelsDirty = false;
    clear();
}

void GraphScene::setGraph(const TieGraph *graph)
{
    clearItems();
    m_graph = graph;
    m_marks.reset(graph);
    m_centres.clear();
    m_radii.clear();
    if (!graph)
        return;
    const Dataset &data = graph->dataset();
    const std::size_t n = data.entities().size();
    m_centres.resize(n);
    m_radii.assign(n, radiusForDegree(0));
    // The ties' geometry (their pairs, each entity's ties) is built on the second core while
    // this thread makes the entity items (Qt's items and fonts stay on this thread); both only
    // read the graph. A third of the build of a big store, so it no longer adds to it.
    std::future<TieGeometry> geometry = std::async(std::launch::async, [graph] { return TieGeometry(*graph); });
    m_items.reserve(n);
    // A plain grid until positions are set: deterministic, and nothing overlaps.
    const std::vector<Point> grid = placeholderGrid(n);
    m_bulk = true;
    for (std::size_t i = 0; i < n; ++i)
        m_items.push_back(SceneItems::make(*this, i, QPointF(grid[i].x, grid[i].y)));
    m_bulk = false;
    newTieLayer(geometry.get());
    setView(GraphView(*graph));
    updateSceneRect();
}

void GraphScene::newTieLayer()
{
    newTieLayer(TieGeometry(*m_graph));
}

void GraphScene::newTieLayer(TieGeometry geometry)
{
    delete m_ties;
    m_ties = new TieLayer(*m_graph, std::move(geometry));
    addItem(m_ties);
    ++m_tieLayerBuilds;
    m_fullView = true; // every item and curve is sized by the next view
}

void GraphScene::followEdit(const EditDelta &delta)
{
    m_hoveredTie.reset(); // its id may be gone or moved; the next pointer move finds it again
    m_pointerTie.reset();
    SceneItems::followEdit(*this, delta);
}

void GraphScene::setView(const GraphView &view)
{
    if (!m_graph)
        return;
    m_view.emplace(view);
    m_ties->setMask(view.tieMask());
    const std::vector<EntityId> resized = SceneItems::showView(*this, view);
    if (m_fullView)
        m_ties->updateGeometry(m_centres, m_radii);
    else
        m_ties->updateStale(resized, m_centres, m_radii);
    m_fullView = false;
    m_viewPending = false;
    SceneItems::rescale(*this); // as many entities shown as before, mostly: nothing to do
    if (m_marks.hovered && !isShown(*m_marks.hovered))
        m_marks.hovered.reset();
    updateEmphasis();
    if (m_labelsDirty)
        updateLabels();
    emit viewApplied();
}

void GraphScene::setFadeIsolated(bool fade)
{
    if (fade == m_fadeIsolated)
        return;
    m_fadeIsolated = fade;
    updateEmphasis();
    updateLabels();
}

void GraphScene::updateEmphasis()
{
    if (!m_graph)
        return;
    std::vector<std::uint8_t> focus = m_marks.entityFocus(*m_view);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        EntityItem::Emphasis emphasis = EntityItem::Emphasis::Normal;
        if (!focus.empty() && !focus[i])
            emphasis = EntityItem::Emphasis::Dimmed;
        else if (m_fadeIsolated && m_degrees[i] == 0 && focus.empty())
            emphasis = EntityItem::Emphasis::Faded;
        m_items[i]->setEmphasis(emphasis);
    }
    // A hovered entity takes the focus from the highlight while the pointer is on it, and a
    // hovered tie when the pointer is on no entity.
    std::vector<std::uint8_t> tieFocus = m_marks.hovered ? std::vector<std::uint8_t>() : m_marks.highlightTies();
    if (!m_marks.hovered && m_hoveredTie) {
        tieFocus.assign(m_graph->dataset().ties().size(), 0);
        tieFocus[m_hoveredTie->index()] = 1;
    }
    m_ties->setTieFocus(std::move(tieFocus));
    m_ties->setFocus(std::move(focus));
}

void GraphScene::setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return;
    m_marks.setHighlight(entities, ties);
    updateEmphasis();
    updateLabels();
}

void GraphScene::clearHighlight()
{
    if (!m_marks.clearHighlight())
        return;
    updateEmphasis();
    updateLabels();
}

void GraphScene::setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return;
    m_marks.setStruck(entities, ties);
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_items[i]->setStruck(m_marks.struckEntities()[i] != 0);
    m_ties->setStruck(m_marks.struckTies());
}

void GraphScene::setEntityFills(const std::vector<QColor> &fills)
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_items[i]->setFillOverride(i < fills.size() ? fills[i] : QColor());
}

void GraphScene::updateLabels()
{
    if (!m_graph)
        return;
    m_labelsDirty = true; // after an edit, placed once the edit's view comes (m_viewPending)
    if (!m_labelsQueued) {
        m_labelsQueued = true;
        // Ahead of the scene's own queued processing of changed items: placed after it, the
        // labels would change 10k items' bounds again, and Qt would index them all twice.
        QCoreApplication::postEvent(this, new QEvent(labelsEvent()), Qt::HighEventPriority);
    }
}

QEvent::Type GraphScene::labelsEvent()
{
    static const auto type = static_cast<QEvent::Type>(QEvent::registerEventType());
    return type;
}

bool GraphScene::event(QEvent *event)
{
    if (event->type() != labelsEvent())
        return QGraphicsScene::event(event);
    m_labelsQueued = false;
    placeLabels();
    return true;
}

void GraphScene::placeLabels() const
{
    if (!m_graph || !m_labelsDirty || m_viewPending)
        return;
    m_labelsDirty = false;
    ++m_labelPlacements;
    // The labels are the scene's drawing of its state, kept like a cache: a const scene that
    // is asked for its bounds or drawn brings them up to date.
    SceneLabels::place(const_cast<GraphScene &>(*this));
}

void GraphScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    placeLabels(); // before the view gathers the items to draw: their bounds hold the labels
    QGraphicsScene::drawBackground(painter, rect);
}

void GraphScene::updateSceneRect()
{
    QRectF bounds;
    for (const QPointF &c : m_centres)
        bounds |= QRectF(c, QSizeF(1, 1));
    const double margin = std::max({600.0, bounds.width() * 0.5, bounds.height() * 0.5});
    setSceneRect(bounds.adjusted(-margin, -margin, margin, margin));
}

std::vector<Point> GraphScene::positions() const
{
    std::vector<Point> result;
    result.reserve(m_centres.size());
    for (const QPointF &c : m_centres)
        result.push_back(Point{c.x(), c.y()});
    return result;
}

void GraphScene::setPositions(const std::vector<Point> &positions)
{
    if (!m_graph || positions.size() != m_centres.size())
        return;
    m_bulk = true;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        m_centres[i] = QPointF(positions[i].x, positions[i].y);
        m_items[i]->setPos(m_centres[i]);
    }
    m_bulk = false;
    if (!SceneItems::rescale(*this)) // the glyphs' room changed with the picture's extent
        m_ties->updateGeometry(m_centres, m_radii);
    updateLabels();
    updateSceneRect();
}

void GraphScene::setPosition(EntityId entity, const QPointF &position)
{
    m_items.at(entity.index())->setPos(position);
    updateLabels();
}

void GraphScene::setMarked(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    const std::vector<EntityId> before = m_marks.markedEntities();
    if (!m_marks.setMarked(entities, ties))
        return;
    for (const EntityId entity : before)
        m_items[entity.index()]->setMarked(false);
    for (const EntityId entity : m_marks.markedEntities())
        m_items[entity.index()]->setMarked(true);
    m_ties->setSelectedTies(m_marks.markedTies());
    updateLabels();
}

void GraphScene::setHovered(std::optional<EntityId> entity)
{
    if (!m_graph || entity == m_marks.hovered || (entity && entity->index() >= m_items.size()))
        return;
    m_marks.hovered = entity;
    updateEmphasis();
    // Naming the hovered entity first places every label again: beyond the limit (a fifth of
    // a second an entity crossed at 100k) the tooltip names it and the labels stay.
    if (!m_view || m_view->visibleEntityCount() < HoverRelabelLimit)
        updateLabels();
}

void GraphScene::setHoveredTie(std::optional<TieId> tie)
{
    if (!m_graph || tie == m_hoveredTie || (tie && tie->index() >= m_graph->dataset().ties().size()))
        return;
    m_hoveredTie = tie;
    updateEmphasis();
}

void GraphScene::pointerLeft()
{
    if (m_pointerTie) {
        m_pointerTie.reset();
        emit tieHoverChanged(std::nullopt);
    }
}

bool GraphScene::isShown(EntityId entity) const
{
    return m_view && entity.index() < m_items.size() && m_view->isVisible(entity);
}

bool GraphScene::isShown(TieId tie) const
{
    return m_view && tie.index() < m_view->tieMask().size() && m_view->isVisible(tie);
}

QRectF GraphScene::shownBounds() const
{
    placeLabels();
    return SceneBounds::shown(*this);
}

QRectF GraphScene::shownCentres() const
{
    return SceneBounds::shownCentres(*this); // no labels: none placed for it
}

QRectF GraphScene::selectionBounds() const
{
    placeLabels();
    return SceneBounds::selection(*this);
}

QRectF GraphScene::highlightBounds() const
{
    placeLabels();
    return SceneBounds::highlight(*this);
}

std::vector<bool> GraphScene::kindsShown() const
{
    return SceneBounds::kindsShown(*this);
}

std::optional<TieId> GraphScene::tieAt(const QPointF &scenePos) const
{
    if (!m_ties)
        return std::nullopt;
    return m_ties->tieAt(scenePos, HitTolerancePixels / std::max(m_viewScale, 1e-3));
}

QPointF GraphScene::tieMidpoint(TieId tie) const
{
    return m_ties ? m_ties->midpoint(tie) : QPointF();
}

void GraphScene::setZoomPreview(bool preview)
{
    if (m_ties)
        m_ties->setPreview(preview);
}

bool GraphScene::zoomPreview() const
{
    return m_ties && m_ties->isPreview();
}

void GraphScene::setViewScale(double scale)
{
    setViewport(scale, {}, {});
}

void GraphScene::setViewport(double scale, const QRectF &labelArea, const QRectF &labelAvoid)
{
    SceneLabels::setViewport(*this, scale, labelArea, labelAvoid);
}

void GraphScene::entityItemMoved(EntityId entity, const QPointF &position)
{
    m_centres[entity.index()] = position;
    if (!m_bulk)
        m_ties->updateGeometryOf(entity, m_centres, m_radii);
}

} // namespace tiescope
