// SPDX-License-Identifier: MIT
#include "app/moveentitycommand.h"

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/graphscene.h"

namespace tiescope {

MoveEntityCommand::MoveEntityCommand(GraphScene &scene, EntityId entity, QPointF from, QPointF to, bool wasPinned)
    : m_scene(scene), m_entity(entity), m_from(from), m_to(to), m_wasPinned(wasPinned)
{
    setText(QObject::tr("Move %1").arg(QString::fromStdString(scene.graph()->dataset().entity(entity).name)));
}

void MoveEntityCommand::undo()
{
    m_scene.setPosition(m_entity, m_from);
    m_scene.setEntityPinned(m_entity, m_wasPinned);
}

void MoveEntityCommand::redo()
{
    m_scene.setPosition(m_entity, m_to);
    m_scene.setEntityPinned(m_entity, true);
}

} // namespace tiescope
