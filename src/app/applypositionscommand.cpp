// SPDX-License-Identifier: MIT
#include "app/applypositionscommand.h"

#include "render/graphscene.h"

namespace tiescope {

ApplyPositionsCommand::ApplyPositionsCommand(GraphScene &scene, const QString &text, std::vector<Point> before,
                                             std::vector<Point> after, std::vector<std::uint8_t> pinnedBefore,
                                             std::vector<std::uint8_t> pinnedAfter)
    : m_scene(scene), m_before(std::move(before)), m_after(std::move(after)), m_pinnedBefore(std::move(pinnedBefore)),
      m_pinnedAfter(std::move(pinnedAfter))
{
    setText(text);
}

void ApplyPositionsCommand::undo()
{
    m_scene.setPositions(m_before);
    m_scene.setPinned(m_pinnedBefore);
}

void ApplyPositionsCommand::redo()
{
    m_scene.setPositions(m_after);
    m_scene.setPinned(m_pinnedAfter);
}

} // namespace tiescope
