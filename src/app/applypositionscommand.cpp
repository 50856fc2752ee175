// SPDX-License-Identifier: MIT
#include "app/applypositionscommand.h"

#include "app/viewstate.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

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
    if (const TieGraph *graph = state.graph()) {
        for (const Entity &entity : graph->dataset().entities())
            m_keys.push_back(entity.key);
    }
}

void ApplyPositionsCommand::undo()
{
    place(m_before, m_pinnedBefore);
}

void ApplyPositionsCommand::redo()
{
    place(m_after, m_pinnedAfter);
}

void ApplyPositionsCommand::place(const std::vector<Point> &positions, const std::vector<std::uint8_t> &pins)
{
    const TieGraph *graph = m_state.graph();
    if (!graph)
        return;
    const Dataset &data = graph->dataset();
    std::vector<Point> placed = m_state.positions();
    std::vector<std::uint8_t> pinned = m_state.pins();
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const std::optional<EntityId> entity = data.findEntity(m_keys[i]);
        if (!entity || entity->index() >= placed.size())
            continue;
        if (i < positions.size())
            placed[entity->index()] = positions[i];
        if (i < pins.size() && entity->index() < pinned.size())
            pinned[entity->index()] = pins[i];
    }
    m_state.setPositions(std::move(placed));
    m_state.setPins(std::move(pinned));
}

} // namespace tiescope
