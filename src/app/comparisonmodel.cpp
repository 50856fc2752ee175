// SPDX-License-Identifier: MIT
#include "app/comparisonmodel.h"

#include <QBrush>
#include <QColor>
#include <QTextDocument>

#include "analytics/comparisonrows.h"

namespace tiescope {

ComparisonModel::ComparisonModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_header = ComparisonRows::header("A", "B");
}

void ComparisonModel::setResult(const Dataset &data, const DateComparison::Result &result, const QString &aText,
                                const QString &bText)
{
    beginResetModel();
    m_header = ComparisonRows::header(aText.toStdString(), bText.toStdString());
    m_rows.clear();
    m_ties.clear();
    m_changes.clear();
    for (const DateComparison::Row &row : result.rows) {
        m_rows.push_back(ComparisonRows::row(data, row));
        m_ties.push_back(row.tie);
        m_changes.push_back(row.change);
    }
    endResetModel();
}

void ComparisonModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ties.clear();
    m_changes.clear();
    endResetModel();
}

std::vector<std::vector<std::string>> ComparisonModel::table() const
{
    std::vector<std::vector<std::string>> table{m_header};
    table.insert(table.end(), m_rows.begin(), m_rows.end());
    return table;
}

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ComparisonRows::ColumnCount;
}

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    if (role == Qt::DisplayRole)
        return QString::fromStdString(m_rows[row].at(static_cast<std::size_t>(index.column())));
    if (role == Qt::ToolTipRole) // tooltips guess at rich text: the cell is data, shown as it is
        return Qt::convertFromPlainText(QString::fromStdString(m_rows[row].at(static_cast<std::size_t>(index.column()))),
                                        Qt::WhiteSpacePre);
    if (role == Qt::ForegroundRole && index.column() == ComparisonRows::Change) {
        switch (m_changes[row]) {
        case DateComparison::Change::Began:
            return QBrush(QColor(0x1b, 0x7a, 0x3a));
        case DateComparison::Change::Ended:
            return QBrush(QColor(0xb0, 0x2a, 0x2a));
        default:
            return QBrush(QColor(0x80, 0x60, 0x10));
        }
    }
    return {};
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= static_cast<int>(m_header.size()))
        return {};
    return QString::fromStdString(m_header[static_cast<std::size_t>(section)]);
}

} // namespace tiescope
