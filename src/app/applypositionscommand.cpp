// SPDX-License-Identifier: MIT
#include "app/applypositionscommand.h"

#include "app/viewstate.h"

namespace tiescope {

ApplyPositionsCommand::ApplyPositionsCommand(ViewState &state, const QString &text, std::vector<Point> before,
                                             std::vector<Point> after, std::vector<std::uint8_t> pinnedBefore,
                                             std::vector<std::uint8_t> pinnedAfter)
    : m_state(state),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_pinnedBefore(std::move(pinnedBefore)),
      m_pinnedAfter(std::move(pinnedAfter))
{
    setText(text);
}

void ApplyPositionsCommand::undo()
{
    m_state.setPositions(m_before);
    m_state.setPins(m_pinnedBefore);
}

void ApplyPositionsCommand::redo()
{
    m_state.setPositions(m_after);
    m_state.setPins(m_pinnedAfter);
}

} // namespace tiescope
