// SPDX-License-Identifier: MIT
#include "app/citationform.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "app/citationeditor.h"
#include "edit/changeset.h"

namespace tiescope {

CitationForm::CitationForm(const Dataset &data, EditController &edits, RecordTable ownerTable, const QString &ownerKey,
                           const QString &ownerName, QWidget *parent)
    : RecordForm(edits, tr("New Citation"), parent),
      m_citation(new CitationEditor(data, edits, this)),
      m_ownerTable(ownerTable),
      m_ownerKey(ownerKey)
{
    setObjectName(QStringLiteral("citationForm"));
    auto *owner = new QLabel(this);
    owner->setObjectName(QStringLiteral("owner"));
    owner->setTextFormat(Qt::PlainText);
    owner->setText(QStringLiteral("%1 (%2)").arg(ownerName, ownerKey));
    fields()->addRow(ownerTable == RecordTable::Ties ? tr("Tie:") : tr("Entity:"), owner);
    body()->addWidget(m_citation);
    resize(480, sizeHint().height());
}

RecordForm::Record CitationForm::record() const
{
    Record record = Record::object();
    record[m_ownerTable == RecordTable::Ties ? "tie" : "entity"] = m_ownerKey.toStdString();
    const Record citation = m_citation->record();
    for (const auto &[name, value] : citation.items())
        record[name] = value;
    return record;
}

QStringList CitationForm::ownProblems() const
{
    if (m_citation->hasSource())
        return {};
    return {tr("A citation needs a source: pick one in the list, or create one with New Source…")};
}

ChangeSet CitationForm::changeSet() const
{
    ChangeSet changes(
        QStringLiteral("cite %1 %2")
            .arg(m_ownerTable == RecordTable::Ties ? QStringLiteral("tie") : QStringLiteral("entity"), m_ownerKey)
            .toStdString());
    changes.addCitation(record());
    return changes;
}

} // namespace tiescope
