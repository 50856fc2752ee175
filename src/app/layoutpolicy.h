// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QObject>
#include <QString>

#include "layout/point.h"

class QActionGroup;
class QStatusBar;
class QUndoStack;

namespace tiescope {

class GraphCanvas;
class LayoutController;
class ViewState;

// Which layout runs and what happens with its result: a newly opened store is laid out with
// the first offered layout that reads best by default, and a chosen layout draws a new
// picture that is then fitted into the window; a re-run continues from the current picture.
// Every result (and releasing the pins) becomes one undoable step on the view state.
class LayoutPolicy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutPolicy)

public:
    LayoutPolicy(LayoutController &layout, ViewState &state, GraphCanvas &canvas, QUndoStack &undo,
                 QActionGroup &layouts, QStatusBar &bar, QObject *parent = nullptr);

    // A new store is shown: lay it out from scratch and fit it; or, when the store kept the
    // positions of layout `kept` (LayoutKeeper::restore put them in the view state), only check
    // that layout in the menu and fit: no layout runs.
    void layOutOpened(const QString &kept = {});
    // A layout chosen by name: checked in the menu, run (fresh: from scratch), fitted after.
    void choose(const QString &name);
    // The checked layout again, from the current picture.
    void rerun();
    void releasePins();

private:
    void run(const QString &name, bool fresh);
    void finished(const QString &name, const std::vector<Point> &before, const std::vector<Point> &after);

    LayoutController &m_layout;
    ViewState &m_state;
    GraphCanvas &m_canvas;
    QUndoStack &m_undo;
    QActionGroup &m_layouts;
    QStatusBar &m_bar;
    bool m_fitAfterLayout = false;
};

} // namespace tiescope
