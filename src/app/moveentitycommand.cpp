// SPDX-License-Identifier: MIT
#include "app/moveentitycommand.h"

#include "app/viewstate.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

MoveEntityCommand::MoveEntityCommand(ViewState &state, EntityId entity, Point from, Point to)
    : m_state(state),
      m_key(state.graph()->dataset().entity(entity).key),
      m_from(from),
      m_to(to),
      m_wasPinned(state.isPinned(entity))
{
    setText(QObject::tr("Move %1").arg(QString::fromStdString(state.graph()->dataset().entity(entity).name)));
}

void MoveEntityCommand::undo()
{
    place(m_from, m_wasPinned);
}

void MoveEntityCommand::redo()
{
    place(m_to, true);
}

void MoveEntityCommand::place(Point at, bool pinned)
{
    if (!m_state.graph())
        return;
    const std::optional<EntityId> entity = m_state.graph()->dataset().findEntity(m_key);
    if (!entity)
        return;
    m_state.setPosition(*entity, at);
    m_state.setPinned(*entity, pinned);
}

} // namespace tiescope
