// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QDialog>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "edit/change.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace tiescope {

class ChangeSet;
class EditController;

// What every record form shares: a form layout of fields, the key field that follows the
// name until the analyst edits it, and Save, which hands the form's change-set to the
// EditController. On problems (the form's own or the store's) they are listed in the form as
// plain text and the form stays open with everything typed; on success it closes.
class RecordForm : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordForm)

public:
    using Record = nlohmann::ordered_json;

    [[nodiscard]] QLabel *problemsLabel() const { return m_problems; }
    [[nodiscard]] QStringList problems() const { return m_shown; }
    [[nodiscard]] QLineEdit *keyField() const { return m_key; }
    // The key of the record saved (or being edited).
    [[nodiscard]] QString key() const;

public slots:
    void accept() override;

protected:
    RecordForm(EditController &edits, const QString &title, QWidget *parent);

    [[nodiscard]] QFormLayout *fields() const { return m_fields; }
    // Below the fields: room for more (the tie form's first citation).
    [[nodiscard]] QVBoxLayout *body() const { return m_extra; }
    [[nodiscard]] bool isNew() const { return m_existing.isEmpty(); }
    [[nodiscard]] const QString &existingKey() const { return m_existing; }
    // A new record: its key follows `suggest()` (made unique with `taken`) until typed over.
    void addKeyField(std::function<QString()> suggest, std::function<bool(const QString &)> taken);
    // An existing record: its key is shown, not editable (merge renames), and `record()` as
    // filled now is what Save compares against, so only changed fields are sent.
    void setExisting(const QString &key);
    void refreshKey();
    void showProblems(const QStringList &problems);

    // The record as typed, in dataset-file form (without its key for an existing record).
    [[nodiscard]] virtual Record record() const = 0;
    // What the store cannot judge alone (e.g. a new tie's missing citation); empty: none.
    [[nodiscard]] virtual QStringList ownProblems() const { return {}; }
    // A new record's change-set; override to add more steps (a tie's citation).
    [[nodiscard]] virtual ChangeSet changeSet() const;
    [[nodiscard]] virtual RecordTable table() const = 0;

private:
    EditController &m_edits;
    QVBoxLayout *m_extra;
    QFormLayout *m_fields;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QLineEdit *m_key = nullptr;
    std::function<QString()> m_suggest;
    std::function<bool(const QString &)> m_taken;
    bool m_keyTyped = false;
    QString m_existing;
    Record m_initial;
    QStringList m_shown;
};

} // namespace tiescope
