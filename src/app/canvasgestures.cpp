// SPDX-License-Identifier: MIT
#include "app/canvasgestures.h"

#include <QContextMenuEvent>
#include <QGraphicsLineItem>
#include <QMouseEvent>
#include <QPen>
#include <QRubberBand>

#include "app/graphcanvas.h"
#include "app/viewstate.h"
#include "graph/tiegraph.h"
#include "render/entityitem.h"
#include "render/graphscene.h"

namespace tiescope {

CanvasGestures::CanvasGestures(GraphCanvas &canvas, ViewState &state, QObject *parent)
    : QObject(parent),
      m_canvas(canvas),
      m_state(state)
{
    m_canvas.viewport()->installEventFilter(this);
}

CanvasGestures::~CanvasGestures()
{
    delete m_line; // still in the scene only when a drag was cut short
}

std::optional<EntityId> CanvasGestures::entityAt(const QPointF &scenePos) const
{
    const GraphScene &scene = *m_canvas.graphScene();
    const QTransform view = m_canvas.viewportTransform();
    for (QGraphicsItem *item : scene.items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder, view)) {
        if (item->type() == EntityItem::Type && item->isVisible())
            return static_cast<EntityItem *>(item)->entity();
    }
    return std::nullopt;
}

bool CanvasGestures::eventFilter(QObject *watched, QEvent *event)
{
    // Only the gestures' own events reach the canvas: while the canvas is being destroyed its
    // viewport still gets others, and calling into the half-destroyed canvas then is undefined
    // (UBSan: "does not point to an object of type QAbstractScrollArea").
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
    case QEvent::ContextMenu:
        break;
    default:
        return false;
    }
    if (watched != m_canvas.viewport() || !m_canvas.graphScene()->graph())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        return mouse->button() == Qt::LeftButton && pressed(mouse->position().toPoint(), mouse->modifiers());
    }
    case QEvent::MouseMove:
        if (!m_connectFrom && !m_banding)
            return false;
        moved(static_cast<QMouseEvent *>(event)->position().toPoint());
        return true;
    case QEvent::MouseButtonRelease:
        if (!m_connectFrom && !m_banding)
            return false;
        released(static_cast<QMouseEvent *>(event)->position().toPoint());
        return true;
    case QEvent::ContextMenu: {
        auto *menu = static_cast<QContextMenuEvent *>(event);
        emit contextMenuRequested(menu->globalPos(), m_canvas.mapToScene(menu->pos()));
        return true;
    }
    default:
        return false;
    }
}

bool CanvasGestures::pressed(const QPoint &at, Qt::KeyboardModifiers modifiers)
{
    const QPointF scenePos = m_canvas.mapToScene(at);
    const std::optional<EntityId> entity = entityAt(scenePos);
    if (entity && (m_connectMode || (modifiers & Qt::AltModifier))) {
        m_connectFrom = entity;
        m_line = new QGraphicsLineItem(QLineF(m_canvas.graphScene()->position(*entity), scenePos));
        QPen pen(QColor(0x33, 0x33, 0x33), 0);
        pen.setStyle(Qt::DashLine);
        pen.setCosmetic(true);
        pen.setWidthF(1.5);
        m_line->setPen(pen);
        m_line->setZValue(1e6);
        m_canvas.graphScene()->addItem(m_line);
        return true;
    }
    if (entity || !(modifiers & (Qt::ShiftModifier | Qt::ControlModifier)) || m_canvas.graphScene()->tieAt(scenePos))
        return false;
    m_banding = true;
    m_bandOrigin = at;
    if (!m_band)
        m_band = new QRubberBand(QRubberBand::Rectangle, m_canvas.viewport());
    m_band->setGeometry(QRect(at, QSize()));
    m_band->show();
    return true;
}

void CanvasGestures::moved(const QPoint &at)
{
    if (m_connectFrom) {
        m_line->setLine(QLineF(m_line->line().p1(), m_canvas.mapToScene(at)));
        return;
    }
    m_band->setGeometry(QRect(m_bandOrigin, at).normalized());
}

void CanvasGestures::released(const QPoint &at)
{
    if (m_connectFrom) {
        const EntityId from = *m_connectFrom;
        m_connectFrom.reset();
        delete m_line;
        m_line = nullptr;
        const std::optional<EntityId> to = entityAt(m_canvas.mapToScene(at));
        if (to)
            emit connectRequested(from, *to);
        return;
    }
    m_banding = false;
    m_band->hide();
    const QRect band = QRect(m_bandOrigin, at).normalized();
    if (band.width() > 2 || band.height() > 2)
        selectInBand(m_canvas.mapToScene(band).boundingRect());
}

void CanvasGestures::selectInBand(const QRectF &sceneRect)
{
    const GraphScene &scene = *m_canvas.graphScene();
    const TieGraph &graph = *scene.graph();
    Selection selection = m_state.selection();
    std::vector<bool> inside(graph.entityCount(), false);
    for (std::size_t i = 0; i < graph.entityCount(); ++i) {
        const EntityId entity(i);
        if (scene.isShown(entity) && sceneRect.contains(scene.position(entity))) {
            inside[i] = true;
            selection.add(entity);
        }
    }
    // A tie is inside when both its ends are.
    const auto &facts = graph.facts();
    for (std::size_t i = 0; i < facts.size(); ++i) {
        const TieId tie(i);
        if (inside[facts[i].from] && inside[facts[i].to] && scene.isShown(tie))
            selection.add(tie);
    }
    m_state.setSelection(std::move(selection));
}

} // namespace tiescope
