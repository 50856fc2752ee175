// SPDX-License-Identifier: MIT
#include "render/graphscene.h"

#include <algorithm>
#include <cmath>

#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QToolTip>

#include "graph/tiegraph.h"
#include "layout/layoutsupport.h"
#include "model/dataset.h"
#include "render/entityitem.h"
#include "render/labelplacer.h"
#include "render/tielayer.h"
#include "render/tietext.h"

namespace tiescope {

namespace {

constexpr double HitTolerancePixels = 5.0;
constexpr double GridSpacing = 90.0;

double radiusForDegree(std::uint32_t degree)
{
    return std::min(9.0 + 3.2 * std::sqrt(static_cast<double>(degree)), 36.0);
}

QString tooltipHtml(const QString &plain)
{
    // Tooltips guess at rich text; escaping and a pre-wrapped paragraph keep data text plain.
    return QStringLiteral("<p style='white-space:pre'>") + plain.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

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
    m_hovered.reset();
    m_pressed.reset();
    m_selection = {};
    m_highlightEntities.clear();
    m_highlightTies.clear();
    m_struckEntities.clear();
    m_fills.clear();
    clear();
}

void GraphScene::setGraph(const TieGraph *graph)
{
    clearItems();
    m_graph = graph;
    m_centres.clear();
    m_radii.clear();
    m_pinned.clear();
    if (!graph)
        return;
    const Dataset &data = graph->dataset();
    const std::size_t n = data.entities().size();
    m_centres.resize(n);
    m_radii.assign(n, radiusForDegree(0));
    m_pinned.assign(n, 0);
    m_ties = new TieLayer(*graph);
    addItem(m_ties);
    m_items.reserve(n);
    // A plain grid until a layout is asked for: deterministic, and nothing overlaps.
    const auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(std::max<std::size_t>(n, 1)))));
    m_bulk = true;
    for (std::size_t i = 0; i < n; ++i) {
        const Entity &entity = data.entities()[i];
        const KindShape::Glyph glyph = KindShape::glyphFor(data.kind(entity.kind).key, entity.kind.index());
        auto *item = new EntityItem(*this, EntityId(i), glyph, QString::fromStdString(entity.name));
        m_centres[i] = QPointF(static_cast<double>(i % columns) * GridSpacing, static_cast<double>(i / columns) * GridSpacing);
        item->setPos(m_centres[i]);
        addItem(item);
        m_items.push_back(item);
    }
    m_bulk = false;
    setView(GraphView(*graph));
    updateSceneRect();
}

void GraphScene::setView(const GraphView &view)
{
    if (!m_graph)
        return;
    m_view.emplace(view);
    m_ties->setMask(view.tieMask());
    m_degrees = view.degrees();
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const bool shown = view.entityMask()[i] != 0;
        m_items[i]->setVisible(shown);
        m_radii[i] = radiusForDegree(m_degrees[i]);
    }
    if (m_selection.isEntity() && !isShown(m_selection.entityId()))
        setGraphSelection({});
    else if (m_selection.isTie() && !isShown(m_selection.tieId()))
        setGraphSelection({});
    if (m_hovered && !isShown(*m_hovered))
        m_hovered.reset();
    updateSizes();
    updateEmphasis();
    updateLabels();
    emit viewApplied();
}

void GraphScene::setFadeIsolated(bool fade)
{
    m_fadeIsolated = fade;
    updateEmphasis();
    updateLabels();
}

void GraphScene::updateSizes()
{
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_items[i]->setRadius(m_radii[i]);
    m_ties->updateGeometry(m_centres, m_radii);
}

void GraphScene::updateEmphasis()
{
    if (!m_graph)
        return;
    std::vector<std::uint8_t> focus;
    const bool highlight = !m_hovered && !m_highlightEntities.empty();
    if (highlight)
        focus = m_highlightEntities;
    if (m_hovered) {
        focus.assign(m_items.size(), 0);
        focus[m_hovered->index()] = 1;
        for (const TieGraph::Incidence &inc : m_graph->incidences(*m_hovered)) {
            if (isShown(inc.tie))
                focus[inc.other.index()] = 1;
        }
    }
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        EntityItem::Emphasis emphasis = EntityItem::Emphasis::Normal;
        if (!focus.empty() && !focus[i])
            emphasis = EntityItem::Emphasis::Dimmed;
        else if (m_fadeIsolated && m_degrees[i] == 0 && focus.empty())
            emphasis = EntityItem::Emphasis::Faded;
        m_items[i]->setEmphasis(emphasis);
    }
    m_ties->setTieFocus(highlight ? m_highlightTies : std::vector<std::uint8_t>());
    m_ties->setFocus(std::move(focus));
}

void GraphScene::setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return;
    if (entities.empty() && ties.empty()) {
        clearHighlight();
        return;
    }
    m_highlightEntities.assign(m_items.size(), 0);
    m_highlightTies.assign(m_graph->dataset().ties().size(), 0);
    for (const EntityId e : entities) {
        if (e.index() < m_highlightEntities.size())
            m_highlightEntities[e.index()] = 1;
    }
    for (const TieId t : ties) {
        if (t.index() < m_highlightTies.size()) {
            m_highlightTies[t.index()] = 1;
            // A tie's ends belong to it: never leave a highlighted tie between faint nodes.
            const Tie &tie = m_graph->dataset().tie(t);
            m_highlightEntities[tie.from.index()] = 1;
            m_highlightEntities[tie.to.index()] = 1;
        }
    }
    updateEmphasis();
    updateLabels();
}

void GraphScene::clearHighlight()
{
    if (m_highlightEntities.empty())
        return;
    m_highlightEntities.clear();
    m_highlightTies.clear();
    updateEmphasis();
    updateLabels();
}

bool GraphScene::isHighlighted(EntityId entity) const
{
    return !m_highlightEntities.empty() && entity.index() < m_highlightEntities.size() &&
           m_highlightEntities[entity.index()] != 0;
}

bool GraphScene::isHighlighted(TieId tie) const
{
    return !m_highlightTies.empty() && tie.index() < m_highlightTies.size() && m_highlightTies[tie.index()] != 0;
}

QRectF GraphScene::highlightBounds() const
{
    QRectF bounds;
    for (std::size_t i = 0; i < m_highlightEntities.size(); ++i) {
        if (m_highlightEntities[i] && m_items[i]->isVisible())
            bounds |= m_items[i]->sceneBoundingRect();
    }
    return bounds.isNull() ? bounds : bounds.adjusted(-30, -30, 30, 30);
}

void GraphScene::setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (!m_graph)
        return;
    m_struckEntities.assign(m_items.size(), 0);
    for (const EntityId e : entities) {
        if (e.index() < m_struckEntities.size())
            m_struckEntities[e.index()] = 1;
    }
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_items[i]->setStruck(m_struckEntities[i] != 0);
    std::vector<std::uint8_t> struckTies;
    if (!ties.empty() || !entities.empty()) {
        // A removed entity takes its ties with it.
        const auto &all = m_graph->dataset().ties();
        struckTies.assign(all.size(), 0);
        for (const TieId t : ties) {
            if (t.index() < struckTies.size())
                struckTies[t.index()] = 1;
        }
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (m_struckEntities[all[i].from.index()] || m_struckEntities[all[i].to.index()])
                struckTies[i] = 1;
        }
    }
    m_ties->setStruck(std::move(struckTies));
}

bool GraphScene::isStruck(EntityId entity) const
{
    return entity.index() < m_struckEntities.size() && m_struckEntities[entity.index()] != 0;
}

void GraphScene::setEntityFills(const std::vector<QColor> &fills)
{
    m_fills = fills;
    m_fills.resize(fills.empty() ? 0 : m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_items[i]->setFillOverride(m_fills.empty() ? QColor() : m_fills[i]);
}

QColor GraphScene::entityFill(EntityId entity) const
{
    return entity.index() < m_fills.size() ? m_fills[entity.index()] : QColor();
}

void GraphScene::updateLabels()
{
    if (!m_graph)
        return;
    // Keep on-screen text at least ~9 px: zoomed out, labels grow in scene units, so
    // fewer fit and the placer keeps only the best connected ones.
    const double factor = std::max(1.0, 0.8 / std::max(m_viewScale, 1e-3));
    std::vector<LabelPlacer::Candidate> candidates(m_items.size());
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        LabelPlacer::Candidate &c = candidates[i];
        c.centre = m_centres[i];
        c.radius = m_radii[i];
        c.labelSize = m_items[i]->labelSize() * factor;
        c.priority = m_degrees[i] + m_radii[i] * 1e-3;
        c.shown = m_items[i]->isVisible();
        c.wanted = !(m_fadeIsolated && m_degrees[i] == 0);
    }
    if (!m_highlightEntities.empty()) {
        // An analysis result in focus: its entities are named, and the faint rest neither get a
        // label nor keep one from being placed over them.
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            candidates[i].wanted = m_highlightEntities[i] != 0;
            candidates[i].shown = candidates[i].shown && candidates[i].wanted;
            if (candidates[i].wanted)
                candidates[i].priority += 1e8;
        }
    }
    if (m_selection.isEntity()) {
        candidates[m_selection.index].priority = 1e9;
        candidates[m_selection.index].wanted = true;
    }
    if (m_hovered) {
        candidates[m_hovered->index()].priority = 2e9;
        candidates[m_hovered->index()].wanted = true;
    }
    const std::vector<LabelAnchor> anchors = LabelPlacer::place(candidates);
    for (std::size_t i = 0; i < m_items.size(); ++i)
        m_items[i]->setLabelPlacement(anchors[i], factor);
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
    m_ties->updateGeometry(m_centres, m_radii);
    updateLabels();
    updateSceneRect();
}

void GraphScene::setPosition(EntityId entity, const QPointF &position)
{
    m_items.at(entity.index())->setPos(position);
    updateLabels();
}

void GraphScene::setPinned(std::vector<std::uint8_t> pinned)
{
    pinned.resize(m_centres.size(), 0);
    m_pinned = std::move(pinned);
}

void GraphScene::setEntityPinned(EntityId entity, bool pinned)
{
    m_pinned.at(entity.index()) = pinned ? 1 : 0;
}

void GraphScene::setGraphSelection(GraphSelection selection)
{
    if (selection == m_selection)
        return;
    if (m_selection.isEntity() && m_selection.index < m_items.size())
        m_items[m_selection.index]->setMarked(false);
    m_selection = selection;
    if (m_selection.isEntity())
        m_items.at(m_selection.index)->setMarked(true);
    if (m_ties)
        m_ties->setSelectedTie(m_selection.isTie() ? std::optional<TieId>(m_selection.tieId()) : std::nullopt);
    updateLabels();
    emit graphSelectionChanged(m_selection);
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
    QRectF bounds;
    for (const EntityItem *item : m_items) {
        if (item->isVisible())
            bounds |= item->sceneBoundingRect();
    }
    return bounds.adjusted(-20, -20, 20, 20);
}

std::vector<bool> GraphScene::kindsShown() const
{
    std::vector<bool> shown;
    if (!m_graph)
        return shown;
    const Dataset &data = m_graph->dataset();
    shown.assign(data.kinds().size(), false);
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        if (m_items[i]->isVisible())
            shown[data.entities()[i].kind.index()] = true;
    }
    return shown;
}

QRectF GraphScene::selectionBounds() const
{
    if (!m_graph)
        return {};
    QRectF bounds;
    if (m_selection.isEntity()) {
        bounds = m_items[m_selection.index]->sceneBoundingRect();
        for (const TieGraph::Incidence &inc : m_graph->incidences(m_selection.entityId())) {
            if (isShown(inc.tie))
                bounds |= m_items[inc.other.index()]->sceneBoundingRect();
        }
    } else if (m_selection.isTie()) {
        const Tie &tie = m_graph->dataset().tie(m_selection.tieId());
        bounds = m_ties->tieBounds(m_selection.tieId()) | m_items[tie.from.index()]->sceneBoundingRect() |
                 m_items[tie.to.index()]->sceneBoundingRect();
    }
    return bounds.isNull() ? bounds : bounds.adjusted(-30, -30, 30, 30);
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

void GraphScene::setViewScale(double scale)
{
    if (scale <= 0.0 || scale == m_viewScale)
        return;
    m_viewScale = scale;
    updateLabels();
}

void GraphScene::entityItemMoved(EntityId entity, const QPointF &position)
{
    m_centres[entity.index()] = position;
    if (!m_bulk)
        m_ties->updateGeometryOf(entity, m_centres, m_radii);
}

void GraphScene::entityItemHovered(EntityId entity, bool entered)
{
    if (entered)
        m_hovered = entity;
    else if (m_hovered == entity)
        m_hovered.reset();
    else
        return;
    updateEmphasis();
    updateLabels();
    emit hoveredEntityChanged();
}

void GraphScene::entityItemPressed(EntityId entity)
{
    m_pressed = entity;
    m_pressedAt = m_centres[entity.index()];
    setGraphSelection(GraphSelection::entity(entity));
}

void GraphScene::entityItemReleased(EntityId entity)
{
    if (m_pressed != entity)
        return;
    m_pressed.reset();
    const QPointF now = m_centres[entity.index()];
    if (now != m_pressedAt) {
        m_pinned[entity.index()] = 1;
        updateLabels();
        emit entityDragged(entity, m_pressedAt, now);
    }
}

void GraphScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    if (event->isAccepted() || event->button() != Qt::LeftButton)
        return;
    if (const auto tie = tieAt(event->scenePos())) {
        setGraphSelection(GraphSelection::tie(*tie));
        event->accept();
        return;
    }
    // Left ignored, so the view pans when the background is dragged.
    setGraphSelection({});
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    if (!m_graph)
        return;
    const Dataset &data = m_graph->dataset();
    QString text;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == EntityItem::Type && item->isVisible()) {
            const Entity &entity = data.entity(static_cast<EntityItem *>(item)->entity());
            text = QString::fromStdString(entity.name) + QStringLiteral("\n") +
                   QString::fromStdString(data.kind(entity.kind).label) + QStringLiteral(" · ") +
                   QString::number(m_degrees[static_cast<EntityItem *>(item)->entity().index()]) +
                   QStringLiteral(" ties shown");
            break;
        }
    }
    if (text.isEmpty()) {
        if (const auto tie = tieAt(event->scenePos()))
            text = TieText::summary(data, *tie);
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->screenPos(), tooltipHtml(text), event->widget());
    event->accept();
}

} // namespace tiescope
