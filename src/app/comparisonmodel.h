// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include <QAbstractTableModel>

#include "analytics/datecomparison.h"

namespace tiescope {

class Dataset;

// A date comparison as a table (ComparisonRows' columns): one row per tie that began, ended
// or changed certainty between the two windows. Text from the data is shown as plain text.
class ComparisonModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComparisonModel)

public:
    explicit ComparisonModel(QObject *parent = nullptr);

    void setResult(const Dataset &data, const DateComparison::Result &result, const QString &aText,
                   const QString &bText);
    void clear();

    [[nodiscard]] TieId tieAt(int row) const { return m_ties.at(static_cast<std::size_t>(row)); }
    [[nodiscard]] DateComparison::Change changeAt(int row) const { return m_changes.at(static_cast<std::size_t>(row)); }
    // The header and every row, as the CSV export writes them.
    [[nodiscard]] std::vector<std::vector<std::string>> table() const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    std::vector<std::string> m_header;
    std::vector<std::vector<std::string>> m_rows;
    std::vector<TieId> m_ties;
    std::vector<DateComparison::Change> m_changes;
};

} // namespace tiescope
