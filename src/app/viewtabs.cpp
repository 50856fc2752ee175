// SPDX-License-Identifier: MIT
#include "app/viewtabs.h"

#include <QAction>
#include <QActionGroup>

#include "app/mainactions.h"

namespace tiescope {

ViewTabs::ViewTabs(QWidget *parent) : QTabWidget(parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("viewTabs"));
    setDocumentMode(true);
    m_group->setExclusive(true);
    connect(this, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_group->actions().size())
            m_group->actions().at(index)->setChecked(true);
    });
}

QAction *ViewTabs::addView(QWidget *view, const QString &title, const QKeySequence &shortcut, const QString &tip)
{
    addTab(view, title);
    auto *action = new QAction(tr("Show %1").arg(title), this);
    action->setCheckable(true);
    action->setChecked(count() == 1);
    MainActions::describe(*action, shortcut, tip);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, view] { setCurrentWidget(view); });
    return action;
}

QList<QAction *> ViewTabs::actions() const
{
    return m_group->actions();
}

} // namespace tiescope
