// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "app/recordform.h"
#include "model/strongid.h"

class QCheckBox;
class QComboBox;

namespace tiescope {

class Dataset;

// Sets the domain, the status or the grade (of every citation) of all the selected ties at
// once: one change-set, so one undo step and one entry in the audit trail.
class BulkEditDialog final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BulkEditDialog)

public:
    BulkEditDialog(const Dataset &data, EditController &edits, std::vector<TieId> ties, QWidget *parent);

    [[nodiscard]] QCheckBox *setDomain() const { return m_setDomain; }
    [[nodiscard]] QComboBox *domainField() const { return m_domain; }
    [[nodiscard]] QCheckBox *setStatus() const { return m_setStatus; }
    [[nodiscard]] QComboBox *statusField() const { return m_status; }
    [[nodiscard]] QCheckBox *setGrade() const { return m_setGrade; }
    [[nodiscard]] QComboBox *reliabilityField() const { return m_reliability; }
    [[nodiscard]] QComboBox *credibilityField() const { return m_credibility; }

protected:
    [[nodiscard]] Record record() const override;
    [[nodiscard]] QStringList ownProblems() const override;
    [[nodiscard]] ChangeSet changeSet() const override;
    [[nodiscard]] RecordTable table() const override { return RecordTable::Ties; }

private:
    const Dataset &m_data;
    std::vector<TieId> m_ties;
    QCheckBox *m_setDomain;
    QComboBox *m_domain;
    QCheckBox *m_setStatus;
    QComboBox *m_status;
    QCheckBox *m_setGrade;
    QComboBox *m_reliability;
    QComboBox *m_credibility;
};

} // namespace tiescope
