// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractTableModel>

#include "edit/auditentry.h"

namespace tiescope {

// A store's audit trail as a table, newest first: time, author, change-set label, table,
// record, operation. EntryRole gives a row's index into entries().
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryModel)

public:
    enum Column
    {
        Time,
        Author,
        Label,
        Table,
        Record,
        Operation,
        ColumnCount
    };
    enum Role
    {
        TimeRole = Qt::UserRole + 1
    }; // the time as a QDateTime (UTC)

    explicit HistoryModel(QObject *parent = nullptr);

    // `entries` oldest first, as Store::history gives them.
    void setEntries(std::vector<AuditEntry> entries);
    [[nodiscard]] const AuditEntry &entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<AuditEntry> m_entries; // newest first
};

} // namespace tiescope
