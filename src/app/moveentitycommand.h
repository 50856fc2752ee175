// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QUndoCommand>

#include "model/strongid.h"

namespace tiescope {

class GraphScene;

// A node dragged to a new place, where it stays pinned; undo puts it back and restores its pin.
class MoveEntityCommand final : public QUndoCommand
{
public:
    MoveEntityCommand(GraphScene &scene, EntityId entity, QPointF from, QPointF to, bool wasPinned);

    void undo() override;
    void redo() override;

private:
    GraphScene &m_scene;
    EntityId m_entity;
    QPointF m_from;
    QPointF m_to;
    bool m_wasPinned;
};

} // namespace tiescope
