// SPDX-License-Identifier: MIT
// GraphScene's input: presses, releases, hovers and tooltips, reported as signals and never
// acted on here (graphscene.cpp draws).
#include <QGraphicsSceneHelpEvent>
#include <QGraphicsSceneMouseEvent>
#include <QToolTip>

#include "render/graphscene.h"
#include "render/scenetooltip.h"

namespace tiescope {

void GraphScene::entityItemHovered(EntityId entity, bool entered)
{
    emit entityHoverChanged(entity, entered);
}

void GraphScene::entityItemPressed(EntityId entity, Qt::KeyboardModifiers modifiers)
{
    m_pressed = entity;
    m_pressedAt = m_centres[entity.index()];
    emit entityPressed(entity, modifiers);
}

void GraphScene::entityItemReleased(EntityId entity)
{
    if (m_pressed != entity)
        return;
    m_pressed.reset();
    const QPointF now = m_centres[entity.index()];
    if (now != m_pressedAt) {
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
        emit tieClicked(*tie, event->modifiers());
        event->accept();
        return;
    }
    // Left ignored, so the view pans when the background is dragged.
    emit backgroundClicked(event->modifiers());
}

void GraphScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseMoveEvent(event);
    if (event->buttons() != Qt::NoButton || !m_graph)
        return;
    const std::optional<TieId> tie = m_marks.hovered ? std::nullopt : tieAt(event->scenePos());
    if (tie != m_pointerTie) {
        m_pointerTie = tie;
        emit tieHoverChanged(tie);
    }
}

void GraphScene::helpEvent(QGraphicsSceneHelpEvent *event)
{
    if (!m_graph)
        return;
    const QString html = SceneToolTip::html(*this, event->scenePos());
    if (html.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->screenPos(), html, event->widget());
    event->accept();
}

} // namespace tiescope
