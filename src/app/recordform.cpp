// SPDX-License-Identifier: MIT
#include "app/recordform.h"

#include <utility>

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/editcontroller.h"
#include "app/recordkey.h"
#include "edit/changeset.h"

namespace tiescope {

namespace {

// As the CLI labels its edits: "add-entity KEY", "edit tie KEY".
QString noun(RecordTable table)
{
    switch (table) {
    case RecordTable::Entities:
        return QStringLiteral("entity");
    case RecordTable::Ties:
        return QStringLiteral("tie");
    case RecordTable::Sources:
        return QStringLiteral("source");
    case RecordTable::Citations:
        break;
    }
    return QStringLiteral("citation");
}

} // namespace

RecordForm::RecordForm(EditController &edits, const QString &title, QWidget *parent)
    : QDialog(parent),
      m_edits(edits),
      m_extra(new QVBoxLayout),
      m_fields(new QFormLayout),
      m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_fields);
    layout->addLayout(m_extra);
    // Problems quote what was typed: never let it be read as markup.
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->hide();
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordForm::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordForm::reject);
}

QString RecordForm::key() const
{
    if (!isNew())
        return m_existing;
    return m_key ? m_key->text().trimmed() : QString();
}

void RecordForm::addKeyField(std::function<QString()> suggest, std::function<bool(const QString &)> taken)
{
    m_suggest = std::move(suggest);
    m_taken = std::move(taken);
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setToolTip(tr("The record's permanent id: lowercase letters, digits and hyphens"));
    fields()->insertRow(0, tr("&Id:"), m_key);
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyTyped = !m_key->text().isEmpty();
        refreshKey();
    });
}

void RecordForm::setExisting(const QString &key)
{
    m_existing = key;
    m_key = new QLineEdit(key, this);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setReadOnly(true);
    m_key->setToolTip(tr("A record's id cannot be changed (merge it instead)"));
    fields()->insertRow(0, tr("Id:"), m_key);
    m_initial = record();
}

void RecordForm::refreshKey()
{
    if (!isNew() || !m_key)
        return;
    if (!m_keyTyped)
        m_key->setText(RecordKey::unique(RecordKey::fromName(m_suggest()), m_taken));
    const bool taken = m_taken(m_key->text().trimmed());
    m_key->setStyleSheet(taken ? QStringLiteral("color: #b00020;") : QString());
    m_key->setToolTip(taken ? tr("This id is taken: choose another")
                            : tr("The record's permanent id: lowercase letters, digits and hyphens"));
}

void RecordForm::showProblems(const QStringList &problems)
{
    m_shown = problems;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

ChangeSet RecordForm::changeSet() const
{
    Record typed = record();
    if (isNew()) {
        Record withKey = Record::object();
        withKey["id"] = key().toStdString();
        for (auto &[name, value] : typed.items())
            withKey[name] = std::move(value);
        ChangeSet changes(QStringLiteral("add-%1 %2").arg(noun(table()), key()).toStdString());
        changes.add(table(), std::move(withKey));
        return changes;
    }
    Record changed = Record::object();
    for (const auto &[name, value] : typed.items()) {
        if (!m_initial.contains(name) || m_initial.at(name) != value)
            changed[name] = value;
    }
    ChangeSet changes(QStringLiteral("edit %1 %2").arg(noun(table()), key()).toStdString());
    if (!changed.empty())
        changes.update(table(), key().toStdString(), std::move(changed));
    return changes;
}

void RecordForm::accept()
{
    QStringList problems = ownProblems();
    if (isNew() && m_taken && m_taken(key()))
        problems << tr("The id “%1” is taken: choose another.").arg(key());
    if (problems.isEmpty()) {
        const ChangeSet changes = changeSet();
        if (changes.empty()) { // nothing changed: nothing to save or undo
            QDialog::accept();
            return;
        }
        problems = m_edits.apply(changes);
    }
    showProblems(problems);
    if (problems.isEmpty())
        QDialog::accept();
}

} // namespace tiescope
