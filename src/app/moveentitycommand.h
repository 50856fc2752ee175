// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <QUndoCommand>

#include "layout/point.h"
#include "model/strongid.h"

namespace tiescope {

class ViewState;

// A node dragged to a new place, where it stays pinned; undo puts it back and restores the
// pin it had before the drag (read from the view state when the command is made). It holds
// the entity's key: an edit in between may renumber ids (or remove the entity: then nothing).
class MoveEntityCommand final : public QUndoCommand
{
public:
    MoveEntityCommand(ViewState &state, EntityId entity, Point from, Point to);

    void undo() override;
    void redo() override;

private:
    void place(Point at, bool pinned);

    ViewState &m_state;
    std::string m_key;
    Point m_from;
    Point m_to;
    bool m_wasPinned;
};

} // namespace tiescope
