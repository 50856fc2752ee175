// SPDX-License-Identifier: MIT
#include "app/layoutpolicy.h"

#include <QAction>
#include <QActionGroup>
#include <QStatusBar>
#include <QUndoStack>

#include "app/applypositionscommand.h"
#include "app/graphcanvas.h"
#include "app/layoutcontroller.h"
#include "app/viewstate.h"
#include "layout/layoutregistry.h"

namespace tiescope {

LayoutPolicy::LayoutPolicy(LayoutController &layout, ViewState &state, GraphCanvas &canvas, QUndoStack &undo,
                           QActionGroup &layouts, QStatusBar &bar, QObject *parent)
    : QObject(parent),
      m_layout(layout),
      m_state(state),
      m_canvas(canvas),
      m_undo(undo),
      m_layouts(layouts),
      m_bar(bar)
{
    connect(&m_layout, &LayoutController::finished, this, &LayoutPolicy::finished);
}

void LayoutPolicy::layOutOpened(const QString &kept)
{
    if (!kept.isEmpty()) {
        for (QAction *action : m_layouts.actions())
            action->setChecked(action->data().toString() == kept);
        m_canvas.fitAll();
        m_bar.showMessage(tr("The picture left last time: %1").arg(LayoutController::label(kept)), 3000);
        return;
    }
    const QString initial = QString::fromStdString(LayoutRegistry::defaultName());
    if (!initial.isEmpty())
        choose(initial);
}

void LayoutPolicy::choose(const QString &name)
{
    m_fitAfterLayout = true;
    run(name, true);
}

void LayoutPolicy::rerun()
{
    if (const QAction *checked = m_layouts.checkedAction())
        run(checked->data().toString(), false);
}

void LayoutPolicy::run(const QString &name, bool fresh)
{
    for (QAction *action : m_layouts.actions())
        action->setChecked(action->data().toString() == name);
    if (!m_layout.run(name, 1, fresh))
        m_bar.showMessage(tr("Unknown layout %1").arg(name), 5000);
}

void LayoutPolicy::finished(const QString &name, const std::vector<Point> &before, const std::vector<Point> &after)
{
    const std::vector<std::uint8_t> pins = m_state.pins();
    m_undo.push(new ApplyPositionsCommand(m_state, tr("Layout: %1").arg(LayoutController::label(name)), before, after,
                                          pins, pins));
    if (m_fitAfterLayout) {
        m_fitAfterLayout = false;
        m_canvas.fitAll();
    }
    m_bar.showMessage(tr("Laid out: %1").arg(LayoutController::label(name)), 3000);
}

void LayoutPolicy::releasePins()
{
    const std::vector<Point> positions = m_state.positions();
    m_undo.push(new ApplyPositionsCommand(m_state, tr("Release pinned entities"), positions, positions, m_state.pins(),
                                          std::vector<std::uint8_t>(m_state.entityCount(), 0)));
    m_bar.showMessage(tr("Pins released: the next layout may move every entity"), 4000);
}

} // namespace tiescope
