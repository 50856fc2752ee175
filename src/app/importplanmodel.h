// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <vector>

#include <QAbstractTableModel>

#include "interchange/importplan.h"

namespace tiescope {

// The rows of an import's dry run for the wizard's preview table: outcome, table, key,
// file:line and what changes (or why it conflicts), narrowed to one outcome when asked.
// Text is plain: no role returns markup.
class ImportPlanModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPlanModel)

public:
    enum Column
    {
        OutcomeColumn,
        TableColumn,
        KeyColumn,
        PlaceColumn,
        DetailColumn,
        ColumnCount
    };

    explicit ImportPlanModel(QObject *parent = nullptr);

    void setRows(std::vector<ImportPlan::Row> rows);
    // Only rows of this outcome; nullopt: every row.
    void setOutcomeFilter(std::optional<ImportPlan::Outcome> outcome);
    [[nodiscard]] const ImportPlan::Row &row(int shown) const
    {
        return m_rows[m_shown[static_cast<std::size_t>(shown)]];
    }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString outcomeText(ImportPlan::Outcome outcome);

private:
    void refilter();

    std::vector<ImportPlan::Row> m_rows;
    std::vector<std::size_t> m_shown; // indexes into m_rows
    std::optional<ImportPlan::Outcome> m_filter;
};

} // namespace tiescope
