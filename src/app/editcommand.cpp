// SPDX-License-Identifier: MIT
#include "app/editcommand.h"

#include <utility>

#include "app/graphdocument.h"

namespace tiescope {

EditCommand::EditCommand(GraphDocument &document, const QString &text, ChangeSet inverse)
    : QUndoCommand(text), m_document(document), m_other(std::move(inverse))
{
}

void EditCommand::undo()
{
    applyStored();
}

void EditCommand::redo()
{
    // QUndoStack::push calls redo at once: the change-set was applied before the push.
    if (!m_pushed) {
        m_pushed = true;
        return;
    }
    applyStored();
}

void EditCommand::applyStored()
{
    const ApplyResult result = m_document.edit(m_other);
    if (!result.ok()) {
        m_failed = QString::fromStdString(result.problems.front().toString());
        setObsolete(true);
        return;
    }
    m_failed.clear();
    m_other = result.inverse;
}

} // namespace tiescope
