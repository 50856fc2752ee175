// SPDX-License-Identifier: MIT
#include "app/analysisresultmodel.h"

#include <QTextDocument>

namespace tiescope {

namespace {

constexpr int Columns = 3;

} // namespace

AnalysisResultModel::AnalysisResultModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_headers = {tr("Result"), tr("Value"), tr("Detail")};
}

void AnalysisResultModel::setRows(std::vector<AnalysisRow> rows, const QStringList &headers)
{
    beginResetModel();
    m_rows = std::move(rows);
    if (headers.size() == Columns)
        m_headers = headers;
    endResetModel();
}

void AnalysisResultModel::clear()
{
    setRows({}, m_headers);
}

const AnalysisRow *AnalysisResultModel::row(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr parentRow = index.internalId();
    if (parentRow == 0)
        return static_cast<std::size_t>(index.row()) < m_rows.size() ? &m_rows[static_cast<std::size_t>(index.row())] : nullptr;
    const auto p = static_cast<std::size_t>(parentRow - 1);
    if (p >= m_rows.size() || static_cast<std::size_t>(index.row()) >= m_rows[p].children.size())
        return nullptr;
    return &m_rows[p].children[static_cast<std::size_t>(index.row())];
}

QModelIndex AnalysisResultModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= Columns)
        return {};
    if (!parent.isValid())
        return static_cast<std::size_t>(row) < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || static_cast<std::size_t>(parent.row()) >= m_rows.size())
        return {}; // two levels only
    const auto &children = m_rows[static_cast<std::size_t>(parent.row())].children;
    if (static_cast<std::size_t>(row) >= children.size())
        return {};
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex AnalysisResultModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int AnalysisResultModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_rows.size());
    if (parent.column() != 0 || parent.internalId() != 0 || static_cast<std::size_t>(parent.row()) >= m_rows.size())
        return 0;
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].children.size());
}

int AnalysisResultModel::columnCount(const QModelIndex &) const
{
    return Columns;
}

QVariant AnalysisResultModel::data(const QModelIndex &index, int role) const
{
    const AnalysisRow *r = row(index);
    if (!r)
        return {};
    if (role == Qt::DisplayRole)
        return index.column() < r->cells.size() ? r->cells[index.column()] : QString();
    if (role == Qt::ToolTipRole) {
        // Long cells are cut by the column: the tooltip shows them whole (escaped by Qt::convertFromPlainText).
        QString text = index.column() < r->cells.size() ? r->cells[index.column()] : QString();
        if (!r->tooltip.isEmpty())
            text += QStringLiteral("\n") + r->tooltip;
        return text.isEmpty() ? QVariant() : QVariant(Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal));
    }
    if (role == Qt::TextAlignmentRole && index.column() == 1)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    return {};
}

QVariant AnalysisResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers[section];
    return {};
}

} // namespace tiescope
