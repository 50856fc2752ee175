// SPDX-License-Identifier: MIT
#pragma once

#include <set>

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "model/strongid.h"

class QWidget;

namespace tiescope {

class DuplicatesDialog;
class EditController;
class MergeDialog;

// Finding and merging duplicate entities in the window: Edit → Find Duplicates… lists the
// candidate pairs; mergeRequested (from that list, or the canvas context menu's "Merge
// with…") opens the merge dialog; accepting it applies ONE change-set through the
// EditController (the merge, then the survivor's chosen fields), so one undo takes it back.
class MergeController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeController)

public:
    MergeController(EditController &edits, QWidget &window);

    void findDuplicates();
    // Opens the merge dialog for the two entities (not modal to the caller; see mergeDialog()).
    void mergeRequested(EntityId first, EntityId second);
    // "Merge with…" on one entity: the other one selected, when exactly one is; otherwise the
    // analyst picks it from the entities of the same kind, by name.
    void mergeWith(EntityId entity, const std::set<EntityId> &selected);
    // Applies what the open merge dialog says; the problems, empty when merged.
    QStringList applyDialog();

    [[nodiscard]] DuplicatesDialog *duplicatesDialog() const;
    [[nodiscard]] MergeDialog *mergeDialog() const;

private:
    EditController &m_edits;
    QWidget &m_window;
    QPointer<DuplicatesDialog> m_duplicates;
    QPointer<MergeDialog> m_merge;
};

} // namespace tiescope
