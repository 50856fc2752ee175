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

QStringList EditController::apply(const ChangeSet &changeSet)
{
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
