// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;
class QToolBar;
class QWidget;

namespace tiescope {

// Every command of the window as a QAction with its shortcut, icon and tooltip, and the
// menus and toolbar built from them. The window connects them; this class only declares.
class MainActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainActions)

public:
    explicit MainActions(QWidget *window);

    void buildMenus(QMenuBar *bar, QAction *undo, QAction *redo, QMenu *docks);
    void buildToolBar(QToolBar *bar);
    // Sets the shortcut, and the tooltip and status tip that name it, as every action has them.
    static void describe(QAction &action, const QKeySequence &shortcut, const QString &tip);

    QMenu *recentMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QAction *newStore;
    QAction *openDatabase;
    QAction *saveCopy;
    QAction *importFiles;
    QAction *openSnapshot;
    QAction *saveSnapshot;
    QAction *exportPng;
    QAction *exportSvg;
    QAction *exportDataset;
    QAction *exportAs;
    QAction *quit;
    QAction *fitAll;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomSelection;
    QAction *showLegend;
    QAction *focusMode;
    QAction *find;
    QAction *clearSelection;
    QAction *findDuplicates;
    QActionGroup *layouts;
    QAction *rerunLayout;
    QAction *releasePins;
    QAction *cancelLayout;
    QAction *about;

private:
    QAction *make(const QString &text, const QString &icon, const QKeySequence &shortcut, const QString &tip);

    QWidget *m_window;
};

} // namespace tiescope
