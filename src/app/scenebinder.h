// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QUndoStack;

namespace tiescope {

class GraphScene;
struct EditDelta;
class ViewState;

// Joins the window's ViewState to the scene that draws it, both ways: what the state holds
// is pushed into the scene (marks, hover, highlight, strikes, fills, positions), and what the
// analyst does on the scene (a click, a hover, a drag) becomes a ViewState change or, for a
// drag, an undoable MoveEntityCommand. The scene itself never changes the selection.
class SceneBinder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SceneBinder)

public:
    SceneBinder(ViewState &state, GraphScene &scene, QUndoStack &undo, QObject *parent = nullptr);

private:
    void pushAll();
    void pushEdit(const EditDelta &delta);
    void pushPositions();
    void pushSelection();
    void pushHighlight();
    void pushStruck();
    void pushFills();

    ViewState &m_state;
    GraphScene &m_scene;
    QUndoStack &m_undo;
};

} // namespace tiescope
