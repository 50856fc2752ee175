// SPDX-License-Identifier: MIT
#include "app/focusmode.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace tiescope {

FocusMode::FocusMode(QMainWindow &window, QAction &action) : QObject(&window), m_window(&window), m_action(&action)
{
    connect(&action, &QAction::toggled, this, &FocusMode::setOn);
}

void FocusMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_action->setChecked(on);
    if (on) {
        m_state = m_window->saveState();
        m_hidden.clear();
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (dock->isVisible()) {
                m_hidden.emplace_back(dock);
                dock->hide();
            }
        }
        return;
    }
    for (const QPointer<QDockWidget> &dock : m_hidden) {
        if (dock)
            dock->show();
    }
    m_hidden.clear();
    m_window->restoreState(m_state); // the sizes and tab order they had
}

} // namespace tiescope
