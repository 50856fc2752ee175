// SPDX-License-Identifier: MIT
#include "app/editcontroller.h"

#include <QUndoStack>

#include "app/editcommand.h"
#include "app/graphdocument.h"
#include "edit/changeset.h"

namespace tiescope {

EditController::EditController(GraphDocument &document, QUndoStack &undo, QObject *parent)
    : QObject(parent), m_document(document), m_undo(undo)
{
}

QString EditController::readOnlyProblem()
{
    return tr("The store is read-only; nothing was changed. Make an editable copy (File → Save a Copy As…) to edit.");
}

QStringList EditController::apply(const ChangeSet &changeSet)
{
    if (m_ensureEditable && !m_ensureEditable()) {
        const QStringList problems{readOnlyProblem()};
        emit refused(problems);
        return problems;
    }
    const ApplyResult result = m_document.edit(changeSet);
    if (!result.ok()) {
        QStringList problems;
        for (const Problem &problem : result.problems)
            problems << QString::fromStdString(problem.toString());
        emit refused(problems);
        return problems;
    }
    m_undo.push(new EditCommand(m_document, QString::fromStdString(changeSet.label()), result.inverse));
    emit applied(result);
    return {};
}

} // namespace tiescope
