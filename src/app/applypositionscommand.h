// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include <QUndoCommand>

#include "layout/point.h"

namespace tiescope {

class ViewState;

// New positions and pins for every entity at once (a layout run, releasing pins), undoable as
// one step.
class ApplyPositionsCommand final : public QUndoCommand
{
public:
    ApplyPositionsCommand(ViewState &state, const QString &text, std::vector<Point> before, std::vector<Point> after,
                          std::vector<std::uint8_t> pinnedBefore, std::vector<std::uint8_t> pinnedAfter);

    void undo() override;
    void redo() override;

private:
    ViewState &m_state;
    std::vector<Point> m_before;
    std::vector<Point> m_after;
    std::vector<std::uint8_t> m_pinnedBefore;
    std::vector<std::uint8_t> m_pinnedAfter;
};

} // namespace tiescope
