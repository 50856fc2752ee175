// SPDX-License-Identifier: MIT
#pragma once

#include <QUndoCommand>

#include "edit/changeset.h"

namespace tiescope {

class GraphDocument;

// A store edit on the window's one undo stack (beside drags and layouts). It is pushed after
// its change-set was applied, holding the inverse the store returned; undo applies that
// inverse, redo the inverse of the inverse, each time keeping the one the store gives back.
// When the store refuses a step (the file changed under the window, or became read-only),
// the command records why and the stack is left as it was (see failed()).
class EditCommand final : public QUndoCommand
{
public:
    EditCommand(GraphDocument &document, const QString &text, ChangeSet inverse);

    void undo() override;
    void redo() override;

    // Why the last undo or redo could not be applied; empty when it was.
    [[nodiscard]] const QString &failed() const { return m_failed; }

private:
    void applyStored();

    GraphDocument &m_document;
    ChangeSet m_other; // what undo (or, after an undo, redo) applies
    bool m_pushed = false;
    QString m_failed;
};

} // namespace tiescope
