// SPDX-License-Identifier: MIT
#include "app/moveentitycommand.h"

#include "app/viewstate.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

MoveEntityCommand::MoveEntityCommand(ViewState &state, EntityId entity, Point from, Point to)
    : m_state(state),
      m_entity(entity),
      m_from(from),
      m_to(to),
      m_wasPinned(state.isPinned(entity))
{
    setText(QObject::tr("Move %1").arg(QString::fromStdString(state.graph()->dataset().entity(entity).name)));
}

void MoveEntityCommand::undo()
{
    m_state.setPosition(m_entity, m_from);
    m_state.setPinned(m_entity, m_wasPinned);
}

void MoveEntityCommand::redo()
{
    m_state.setPosition(m_entity, m_to);
    m_state.setPinned(m_entity, true);
}

} // namespace tiescope
