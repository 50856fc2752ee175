// SPDX-License-Identifier: MIT
#include "app/importplanmodel.h"

#include <QFileInfo>
#include <QTextDocument>

namespace tiescope {

ImportPlanModel::ImportPlanModel(QObject *parent) : QAbstractTableModel(parent)
{}

void ImportPlanModel::setRows(std::vector<ImportPlan::Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    refilter();
    endResetModel();
}

void ImportPlanModel::setOutcomeFilter(std::optional<ImportPlan::Outcome> outcome)
{
    beginResetModel();
    m_filter = outcome;
    refilter();
    endResetModel();
}

void ImportPlanModel::refilter()
{
    m_shown.clear();
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (!m_filter || m_rows[i].outcome == *m_filter)
            m_shown.push_back(i);
    }
}

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int ImportPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const ImportPlan::Row &shown = row(index.row());
    QString text;
    switch (index.column()) {
    case OutcomeColumn:
        text = outcomeText(shown.outcome);
        break;
    case TableColumn:
        text = QString::fromStdString(shown.table);
        break;
    case KeyColumn:
        text = QString::fromStdString(shown.key);
        break;
    case PlaceColumn: {
        // The file's name in the cell, its whole path in the tooltip.
        const QString file = QString::fromStdString(shown.file);
        const QString name = role == Qt::ToolTipRole ? file : QFileInfo(file).fileName();
        text = shown.line == 0 ? name : QStringLiteral("%1:%2").arg(name).arg(shown.line);
        break;
    }
    case DetailColumn:
        text = QString::fromStdString(shown.detail);
        break;
    default:
        return {};
    }
    // What a file holds is plain text: a tooltip that looks like markup would be rendered as such.
    return role == Qt::ToolTipRole ? Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal) : text;
}

QVariant ImportPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case TableColumn:
        return tr("Table");
    case KeyColumn:
        return tr("Key");
    case PlaceColumn:
        return tr("File:line");
    case DetailColumn:
        return tr("What changes / why it conflicts");
    default:
        return {};
    }
}

QString ImportPlanModel::outcomeText(ImportPlan::Outcome outcome)
{
    return QString::fromStdString(ImportPlan::toString(outcome));
}

} // namespace tiescope
