// SPDX-License-Identifier: MIT
#include "app/historyfilter.h"

#include <QDateTime>

#include "app/historymodel.h"

namespace tiescope {

HistoryFilter::HistoryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{}

void HistoryFilter::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void HistoryFilter::setRecordText(const QString &text)
{
    m_record = text.trimmed();
    invalidateFilter();
}

void HistoryFilter::setAuthorText(const QString &text)
{
    m_author = text.trimmed();
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto text = [&](int column) { return model->index(sourceRow, column, sourceParent).data().toString(); };
    if (!m_from.isNull() || !m_to.isNull()) {
        const QDate day = model->index(sourceRow, HistoryModel::Time, sourceParent)
                              .data(HistoryModel::TimeRole)
                              .toDateTime()
                              .toLocalTime()
                              .date();
        if ((!m_from.isNull() && day < m_from) || (!m_to.isNull() && day > m_to))
            return false;
    }
    if (!m_record.isEmpty() && !text(HistoryModel::Record).contains(m_record, Qt::CaseInsensitive) &&
        !text(HistoryModel::Label).contains(m_record, Qt::CaseInsensitive))
        return false;
    return m_author.isEmpty() || text(HistoryModel::Author).contains(m_author, Qt::CaseInsensitive);
}

} // namespace tiescope
