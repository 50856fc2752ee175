// SPDX-License-Identifier: MIT
#include "app/mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

#include "app/layoutcontroller.h"
#include "layout/layoutregistry.h"

namespace tiescope {

MainActions::MainActions(QWidget *window) : QObject(window), m_window(window)
{
    newStore = make(tr("&New Store…"), {}, QKeySequence::New,
                    tr("Create an empty store of your own, with the bundled domains, kinds and relations"));
    saveCopy = make(tr("Save a &Copy As…"), {}, QKeySequence(tr("Ctrl+Shift+Alt+S")),
                    tr("Copy the open store to a new file and go on editing the copy"));
    importFiles = make(tr("&Import…"), {}, QKeySequence(tr("Ctrl+I")),
                       tr("Import CSV, GEXF or GraphML into the store: a dry run first, then one undoable change"));
    exportDataset = make(tr("Export &Dataset…"), {}, {},
                         tr("Write the open store as a dataset folder of reviewable JSON files (docs/dataset.md)"));
    exportAs = make(tr("Export &As…"), {}, QKeySequence(tr("Ctrl+Alt+E")),
                    tr("Write the filtered view for another tool: GraphML, GEXF, Cytoscape.js, FollowTheMoney, CSV "
                       "or a snapshot (docs/interchange.md)"));
    openDatabase = make(tr("&Open Database…"), QStringLiteral("open"), QKeySequence::Open,
                        tr("Open a TieScope database"));
    openSnapshot = make(tr("Open &Snapshot…"), QStringLiteral("snapshot-open"), QKeySequence(tr("Ctrl+Shift+O")),
                        tr("Restore a saved view: filter, positions and selection"));
    saveSnapshot = make(tr("Export JSON S&napshot…"), QStringLiteral("snapshot-save"), QKeySequence(tr("Ctrl+Shift+S")),
                        tr("Save the filter, positions, viewport and selection with what is visible"));
    exportPng = make(tr("Export &PNG…"), QStringLiteral("export-png"), QKeySequence(tr("Ctrl+E")),
                     tr("Export the view or the whole graph as a PNG image"));
    exportSvg = make(tr("Export S&VG…"), QStringLiteral("export-svg"), QKeySequence(tr("Ctrl+Shift+E")),
                     tr("Export the whole graph as an SVG drawing"));
    quit = make(tr("&Quit"), {}, QKeySequence::Quit, tr("Quit TieScope"));
    fitAll = make(tr("&Fit to View"), QStringLiteral("fit"), QKeySequence(tr("Ctrl+0")), tr("Show the whole graph"));
    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoom-in"), QKeySequence::ZoomIn, tr("Zoom in"));
    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QKeySequence::ZoomOut, tr("Zoom out"));
    zoomSelection = make(tr("Zoom to &Selection"), QStringLiteral("zoom-selection"), QKeySequence(tr("Ctrl+9")),
                         tr("Zoom to the selection and its neighbours"));
    showLegend = make(tr("Show &Legend"), {}, QKeySequence(tr("Ctrl+L")), tr("Show the legend on the canvas"));
    showLegend->setCheckable(true);
    showLegend->setChecked(true);
    focusMode = make(tr("F&ocus Mode"), {}, QKeySequence(Qt::Key_F11),
                     tr("Hide the panels so the canvas has the whole window; again to bring them back"));
    focusMode->setShortcuts({QKeySequence(Qt::Key_F11), QKeySequence(tr("Ctrl+Shift+F"))});
    focusMode->setCheckable(true);
    focusMode->setObjectName(QStringLiteral("focusMode"));
    find = make(tr("&Find Entity…"), {}, QKeySequence::Find, tr("Find an entity by name or alias"));
    clearSelection = make(tr("Clear Selection"), {}, QKeySequence(Qt::Key_Escape), tr("Select nothing"));
    findDuplicates = make(tr("Find &Duplicates…"), {}, {},
                          tr("List entities that may be one thing recorded twice, and merge them"));

    layouts = new QActionGroup(this);
    layouts->setExclusive(true);
    int key = 1;
    for (const std::string &name : LayoutRegistry::names()) {
        const QString qname = QString::fromStdString(name);
        QAction *action = make(LayoutController::label(qname), QStringLiteral("layout-") + qname,
                               QKeySequence(QStringLiteral("Alt+%1").arg(key++)),
                               tr("Lay the visible graph out: %1").arg(LayoutController::label(qname).toLower()));
        action->setData(qname);
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("layout:") + qname);
        layouts->addAction(action);
    }
    rerunLayout = make(tr("&Run Layout Again"), QStringLiteral("rerun"), QKeySequence(tr("Ctrl+R")),
                       tr("Run the current layout on what is visible now"));
    releasePins = make(tr("Release &Pinned Entities"), {}, QKeySequence(tr("Ctrl+Shift+R")),
                       tr("Let the next layout move entities you dragged"));
    cancelLayout = make(tr("&Cancel Layout"), QStringLiteral("cancel"), QKeySequence(tr("Ctrl+.")),
                        tr("Stop the running layout"));
    cancelLayout->setEnabled(false);
    about = make(tr("&About TieScope"), {}, {}, tr("About TieScope and its data"));
}

QAction *MainActions::make(const QString &text, const QString &icon, const QKeySequence &shortcut, const QString &tip)
{
    auto *action = new QAction(text, m_window);
    if (!icon.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(icon)));
    describe(*action, shortcut, tip);
    m_window->addAction(action);
    return action;
}

void MainActions::describe(QAction &action, const QKeySequence &shortcut, const QString &tip)
{
    if (!shortcut.isEmpty()) {
        action.setShortcut(shortcut);
        action.setToolTip(QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    } else {
        action.setToolTip(tip);
    }
    action.setStatusTip(tip);
}

void MainActions::buildMenus(QMenuBar *bar, QAction *undo, QAction *redo, QMenu *docks)
{
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(newStore);
    file->addAction(openDatabase);
    recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(saveCopy);
    file->addSeparator();
    file->addAction(importFiles);
    file->addSeparator();
    file->addAction(openSnapshot);
    file->addAction(saveSnapshot);
    file->addSeparator();
    file->addAction(exportPng);
    file->addAction(exportSvg);
    file->addAction(exportAs);
    file->addAction(exportDataset);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = editMenu = bar->addMenu(tr("&Edit"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(find);
    edit->addAction(clearSelection);
    edit->addSeparator();
    edit->addAction(findDuplicates);

    QMenu *view = viewMenu = bar->addMenu(tr("&View"));
    view->addAction(fitAll);
    view->addAction(zoomSelection);
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addSeparator();
    view->addAction(showLegend);
    view->addAction(focusMode);
    view->addMenu(docks);

    QMenu *layout = bar->addMenu(tr("&Layout"));
    layout->addActions(layouts->actions());
    layout->addSeparator();
    layout->addAction(rerunLayout);
    layout->addAction(releasePins);
    layout->addAction(cancelLayout);

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(about);
}

void MainActions::buildToolBar(QToolBar *bar)
{
    toolBar = bar;
    bar->addAction(openDatabase);
    bar->addAction(exportPng);
    bar->addSeparator();
    bar->addAction(fitAll);
    bar->addAction(zoomSelection);
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addSeparator();
    bar->addActions(layouts->actions());
    bar->addAction(cancelLayout);
}

} // namespace tiescope
