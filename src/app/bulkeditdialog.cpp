// SPDX-License-Identifier: MIT
#include "app/bulkeditdialog.h"

#include <utility>

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

#include "app/formchoices.h"
#include "app/gradescale.h"
#include "edit/changeset.h"
#include "model/dataset.h"

namespace tiescope {

BulkEditDialog::BulkEditDialog(const Dataset &data, EditController &edits, std::vector<TieId> ties, QWidget *parent)
    : RecordForm(edits, tr("Bulk Edit Ties"), parent),
      m_data(data),
      m_ties(std::move(ties)),
      m_setDomain(new QCheckBox(tr("&Domain:"), this)),
      m_domain(new QComboBox(this)),
      m_setStatus(new QCheckBox(tr("&Status:"), this)),
      m_status(new QComboBox(this)),
      m_setGrade(new QCheckBox(tr("&Grade of every citation:"), this)),
      m_reliability(new QComboBox(this)),
      m_credibility(new QComboBox(this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    m_setDomain->setObjectName(QStringLiteral("setDomain"));
    m_domain->setObjectName(QStringLiteral("domain"));
    m_setStatus->setObjectName(QStringLiteral("setStatus"));
    m_status->setObjectName(QStringLiteral("status"));
    m_setGrade->setObjectName(QStringLiteral("setGrade"));
    m_reliability->setObjectName(QStringLiteral("reliability"));
    m_credibility->setObjectName(QStringLiteral("credibility"));
    FormChoices::addDomains(*m_domain, data);
    FormChoices::addStatuses(*m_status);
    GradeScale::addReliabilities(*m_reliability);
    GradeScale::addCredibilities(*m_credibility);
    auto *count = new QLabel(
        tr("%n selected ties; only the checked fields change.", nullptr, static_cast<int>(m_ties.size())), this);
    fields()->addRow(count);
    fields()->addRow(m_setDomain, m_domain);
    fields()->addRow(m_setStatus, m_status);
    auto *grade = new QHBoxLayout;
    grade->addWidget(m_reliability);
    grade->addWidget(m_credibility);
    fields()->addRow(m_setGrade, grade);
    // Choosing a value means setting it.
    connect(m_domain, &QComboBox::activated, m_setDomain, [this] { m_setDomain->setChecked(true); });
    connect(m_status, &QComboBox::activated, m_setStatus, [this] { m_setStatus->setChecked(true); });
    for (QComboBox *box : {m_reliability, m_credibility})
        connect(box, &QComboBox::activated, m_setGrade, [this] { m_setGrade->setChecked(true); });
    resize(460, sizeHint().height());
}

RecordForm::Record BulkEditDialog::record() const
{
    Record fields = Record::object();
    if (m_setDomain->isChecked())
        fields["domain"] = m_domain->currentData().toString().toStdString();
    if (m_setStatus->isChecked())
        fields["status"] = m_status->currentData().toString().toStdString();
    return fields;
}

QStringList BulkEditDialog::ownProblems() const
{
    if (m_ties.empty())
        return {tr("Select the ties to change first.")};
    if (!m_setDomain->isChecked() && !m_setStatus->isChecked() && !m_setGrade->isChecked())
        return {tr("Check what to change: the domain, the status or the grade.")};
    return {};
}

ChangeSet BulkEditDialog::changeSet() const
{
    ChangeSet changes(QStringLiteral("bulk edit %1 ties").arg(m_ties.size()).toStdString());
    const Record fields = record();
    Record grade = Record::object();
    grade["reliability"] = m_reliability->currentData().toString().toStdString();
    grade["credibility"] = m_credibility->currentData().toInt();
    for (const TieId id : m_ties) {
        const Tie &tie = m_data.tie(id);
        if (!fields.empty())
            changes.update(RecordTable::Ties, tie.key, fields);
        if (m_setGrade->isChecked()) {
            for (const Citation &citation : tie.citations)
                changes.updateCitation(citation.rowId, grade);
        }
    }
    return changes;
}

} // namespace tiescope
