// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QAbstractItemModel>

#include "app/analysisoutcome.h"

namespace tiescope {

// An analysis result as a two-level tree for the panel's view: chains with their hops,
// communities with their members, ranking rows without children. Three columns: the item,
// its value, and a detail (a hop's citation, a rank). Text is plain: no role returns markup.
class AnalysisResultModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnalysisResultModel)

public:
    explicit AnalysisResultModel(QObject *parent = nullptr);

    void setRows(std::vector<AnalysisRow> rows, const QStringList &headers);
    void clear();
    // The row behind an index, or nullptr.
    [[nodiscard]] const AnalysisRow *row(const QModelIndex &index) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal id: 0 for a top-level row, parent row + 1 for a child.
    std::vector<AnalysisRow> m_rows;
    QStringList m_headers;
};

} // namespace tiescope
