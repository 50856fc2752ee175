// SPDX-License-Identifier: MIT
#include "app/historymodel.h"

#include <algorithm>

#include <QDateTime>
#include <QTextDocument>

namespace tiescope {

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent)
{}

void HistoryModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    std::reverse(m_entries.begin(), m_entries.end()); // the latest edit on top
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &e = entry(index.row());
    if (role == TimeRole)
        return QDateTime::fromString(QString::fromStdString(e.time), Qt::ISODate);
    if (role == Qt::ToolTipRole && index.column() == Record)
        return Qt::convertFromPlainText(QString::fromStdString(e.after.empty() ? e.before : e.after), Qt::WhiteSpacePre);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QDateTime::fromString(QString::fromStdString(e.time), Qt::ISODate)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Author:
        return QString::fromStdString(e.author);
    case Label:
        return QString::fromStdString(e.label);
    case Table:
        return QString::fromStdString(e.table);
    case Record:
        return QString::fromStdString(e.key);
    case Operation:
        return QString::fromStdString(e.operation);
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Author:
        return tr("Author");
    case Label:
        return tr("Change");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Operation:
        return tr("Operation");
    default:
        return {};
    }
}

} // namespace tiescope
