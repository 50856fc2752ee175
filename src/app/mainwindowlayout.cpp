// SPDX-License-Identifier: MIT
// How the main window is laid out: its docks, menus, tool bar and status bar (MainWindow's
// constructor calls these; the wiring is in mainwindow.cpp).
#include "app/mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QLabel>
#include <QScreen>
#include <QShowEvent>
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
constexpr double ScreenShare = 0.92; // of the screen's free area a new window takes

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
    m_filterDock->setMinimumWidth(220);
    m_detailsDock->setMinimumWidth(260);
}

QSize MainWindow::startSize() const
{
    const QScreen *where = screen();
    if (!where)
        return {1400, 900};
    const QSize free = where->availableGeometry().size();
    return {std::max(800, static_cast<int>(free.width() * ScreenShare)),
            std::max(560, static_cast<int>(free.height() * ScreenShare))};
}

void MainWindow::sizeDocks()
{
    // The side docks take about two fifths of the width together and the bottom one a sixth
    // of the height, so the canvas keeps most of the window at every size.
    resizeDocks({m_filterDock, m_detailsDock},
                {std::clamp(width() * 17 / 100, 220, 300), std::clamp(width() * 21 / 100, 260, 420)}, Qt::Horizontal);
    resizeDocks({m_timeDock}, {std::clamp(height() / 6, 120, 200)}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_docksSized)
        return;
    m_docksSized = true; // once: later the analyst's sizes are theirs
    sizeDocks();
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
