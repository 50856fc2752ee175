// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

namespace tiescope {

// Which rows of the History dock show: a date range (local days, either end open), text found
// in the record or the change's label, and text found in the author, all ignoring case.
class HistoryFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilter)

public:
    explicit HistoryFilter(QObject *parent = nullptr);

    // A null date leaves that end open.
    void setDateRange(const QDate &from, const QDate &to);
    void setRecordText(const QString &text);
    void setAuthorText(const QString &text);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_from;
    QDate m_to;
    QString m_record;
    QString m_author;
};

} // namespace tiescope
