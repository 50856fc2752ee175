// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QObject>
#include <QString>
#include <QStringList>

#include "edit/applyresult.h"

class QUndoStack;
class QWidget;

namespace tiescope {

class ChangeSet;
class GraphDocument;

// The one way the window edits the store: every form, menu, drag and dialog hands its
// change-set here. Applied through the document (one transaction, then dataset, graph and
// views), pushed as one EditCommand on the undo stack; the store's problems come back as text
// for the form to show, and nothing changed then.
class EditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditController)

public:
    EditController(GraphDocument &document, QUndoStack &undo, QObject *parent = nullptr);

    // Applies and pushes; returns the problems (empty: applied and undoable).
    QStringList apply(const ChangeSet &changeSet);
    // Asked before each apply: true when the document may be edited now. It may first make it
    // editable (StoreFileController offers an editable copy of a read-only store and points the
    // document at it); false refuses the edit with readOnlyProblem(). Unset: always editable.
    void setEnsureEditable(std::function<bool()> check) { m_ensureEditable = std::move(check); }
    static QString readOnlyProblem();
    [[nodiscard]] GraphDocument &document() const { return m_document; }

signals:
    void applied(const tiescope::ApplyResult &result);
    void refused(const QStringList &problems);

private:
    GraphDocument &m_document;
    QUndoStack &m_undo;
    std::function<bool()> m_ensureEditable;
};

} // namespace tiescope
