// SPDX-License-Identifier: MIT
#pragma once

#include "app/recordform.h"

namespace tiescope {

class CitationEditor;
class Dataset;

// A new citation of one tie or entity: its source (picked or created), locator and grade.
class CitationForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CitationForm)

public:
    // `ownerTable` is RecordTable::Ties or RecordTable::Entities; `ownerKey` the record's key.
    CitationForm(const Dataset &data, EditController &edits, RecordTable ownerTable, const QString &ownerKey,
                 const QString &ownerName, QWidget *parent);

    [[nodiscard]] CitationEditor *citation() const { return m_citation; }

protected:
    [[nodiscard]] Record record() const override;
    [[nodiscard]] QStringList ownProblems() const override;
    [[nodiscard]] ChangeSet changeSet() const override;
    [[nodiscard]] RecordTable table() const override { return RecordTable::Citations; }

private:
    CitationEditor *m_citation;
    RecordTable m_ownerTable;
    QString m_ownerKey;
};

} // namespace tiescope
