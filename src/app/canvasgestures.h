// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QObject>
#include <QPoint>
#include <QPointF>

#include "model/strongid.h"

class QGraphicsLineItem;
class QRubberBand;

namespace tiescope {

class GraphCanvas;
class ViewState;

// What the canvas adds for editing, on top of click, pan and drag: dragging from one entity to
// another with Alt held (or with the Connect tool on) asks for a new tie between them;
// dragging over the background with Shift or Ctrl held selects what the band encloses (added
// to the selection); a right click asks for the context menu. It watches the canvas's
// viewport events and only reports: the receiver decides what to do.
class CanvasGestures final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CanvasGestures)

public:
    CanvasGestures(GraphCanvas &canvas, ViewState &state, QObject *parent = nullptr);
    ~CanvasGestures() override;

    void setConnectMode(bool on) { m_connectMode = on; }
    [[nodiscard]] bool connectMode() const { return m_connectMode; }

    // The shown entity drawn at this scene point, if any.
    [[nodiscard]] std::optional<EntityId> entityAt(const QPointF &scenePos) const;

signals:
    void connectRequested(tiescope::EntityId from, tiescope::EntityId to);
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool pressed(const QPoint &at, Qt::KeyboardModifiers modifiers);
    void moved(const QPoint &at);
    void released(const QPoint &at);
    void selectInBand(const QRectF &sceneRect);

    GraphCanvas &m_canvas;
    ViewState &m_state;
    bool m_connectMode = false;
    std::optional<EntityId> m_connectFrom;
    QGraphicsLineItem *m_line = nullptr; // the tie being drawn
    QRubberBand *m_band = nullptr;
    QPoint m_bandOrigin;
    bool m_banding = false;
};

} // namespace tiescope
