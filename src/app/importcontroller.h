// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace tiescope {

class EditController;
class ImportWizard;

// File → Import…: opens the import wizard over the window (one at a time) on the window's
// EditController, so an import is an edit like any other: the read-only store's editable copy
// first, one undo step, one audit entry.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    ImportController(EditController &edits, QWidget *window);

    // The open wizard, or nullptr.
    [[nodiscard]] ImportWizard *wizard() const;

public slots:
    void openWizard();

signals:
    void imported(const QString &summary);

private:
    EditController &m_edits;
    QWidget *m_window;
    QPointer<ImportWizard> m_wizard;
};

} // namespace tiescope
