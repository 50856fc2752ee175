// SPDX-License-Identifier: MIT
// How the main window is laid out: its docks, menus, tool bar and status bar (MainWindow's
// constructor calls these; the wiring is in mainwindow.cpp).
#include "app/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

#include "app/analysisdock.h"
#include "app/analysispanels.h"
#include "app/comparedock.h"
#include "app/detailsdock.h"
#include "app/exposuredock.h"
#include "app/filterdock.h"
#include "app/historydock.h"
#include "app/layoutcontroller.h"
#include "app/layoutprogress.h"
#include "app/loadindicator.h"
#include "app/mainactions.h"
#include "app/timedock.h"
#include "app/timelinedock.h"
#include "app/viewtabs.h"

namespace tiescope {

namespace {

constexpr int TimelineDockHeight = 340;

} // namespace

void MainWindow::buildDocks()
{
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    addDockWidget(Qt::LeftDockWidgetArea, m_filterDock);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timeDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_historyDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_compareDock);
    tabifyDockWidget(m_timeDock, m_historyDock);
    tabifyDockWidget(m_timeDock, m_timelineDock);
    tabifyDockWidget(m_timeDock, m_compareDock);
    // The bottom area is sized for the Time dock's slider; the timeline needs room for lanes.
    // Resized once the tab switch is done: a resize while the tabs change is dropped.
    connect(m_timelineDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible)
            return;
        QTimer::singleShot(0, this, [this] {
            if (m_timelineDock->isVisible() && !m_timelineDock->isFloating() &&
                m_timelineDock->height() < TimelineDockHeight)
                resizeDocks({m_timelineDock}, {TimelineDockHeight}, Qt::Vertical);
        });
    });
    m_timeDock->raise();
    m_filterDock->setMinimumWidth(300);
    m_detailsDock->setMinimumWidth(320);
    resizeDocks({m_filterDock, m_detailsDock}, {300, 420}, Qt::Horizontal);
}

void MainWindow::buildMenus()
{
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z on every platform, beside the platform's own redo keys.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(tr("Ctrl+Shift+Z"))))
        redoKeys.append(QKeySequence(tr("Ctrl+Shift+Z")));
    redo->setShortcuts(redoKeys);
    auto *docks = new QMenu(tr("&Panels"), this);
    docks->addAction(m_filterDock->toggleViewAction());
    docks->addAction(m_timeDock->toggleViewAction());
    docks->addAction(m_timelineDock->toggleViewAction());
    docks->addAction(m_detailsDock->toggleViewAction());
    docks->addAction(m_historyDock->toggleViewAction());
    docks->addAction(m_compareDock->toggleViewAction());
    docks->addAction(m_analysis->dock().toggleViewAction());
    docks->addAction(m_analysis->exposureDock().toggleViewAction());
    m_actions->buildMenus(menuBar(), undo, redo, docks);
    QAction *first = m_actions->viewMenu->actions().value(0);
    m_actions->viewMenu->insertActions(first, m_tabs->actions());
    m_actions->viewMenu->insertSeparator(first);
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(20, 20));
    m_actions->buildToolBar(toolBar);
}

void MainWindow::buildStatusBar()
{
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(new LoadIndicator(*m_loader));
    statusBar()->addPermanentWidget(new LayoutProgress(*m_layout, *m_actions->cancelLayout, *statusBar()));
    statusBar()->addPermanentWidget(m_counts);
}

} // namespace tiescope
