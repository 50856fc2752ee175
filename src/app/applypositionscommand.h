// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <QUndoCommand>

#include "layout/point.h"

namespace tiescope {

class ViewState;

// New positions and pins for every entity at once (a layout run, releasing pins), undoable as
// one step. Held by entity key, as the vectors were given (one per entity, by id, when the
// command is made): after an edit that renumbered ids each entity still gets its own; one
// added since keeps where it is, one removed since is skipped.
class ApplyPositionsCommand final : public QUndoCommand
{
public:
    ApplyPositionsCommand(ViewState &state, const QString &text, std::vector<Point> before, std::vector<Point> after,
                          std::vector<std::uint8_t> pinnedBefore, std::vector<std::uint8_t> pinnedAfter);

    void undo() override;
    void redo() override;

private:
    void place(const std::vector<Point> &positions, const std::vector<std::uint8_t> &pins);

    ViewState &m_state;
    std::vector<std::string> m_keys;
    std::vector<Point> m_before;
    std::vector<Point> m_after;
    std::vector<std::uint8_t> m_pinnedBefore;
    std::vector<std::uint8_t> m_pinnedAfter;
};

} // namespace tiescope
