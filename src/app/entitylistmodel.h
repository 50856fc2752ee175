// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>

namespace tiescope {

class Dataset;

// The entities of the open dataset as a list for the search completer: display text is the
// name, the edit text adds aliases so "Moscow" finds Russia, and EntityIdRole gives the id.
class EntityListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Role { EntityIdRole = Qt::UserRole + 1, SearchTextRole };

    explicit EntityListModel(QObject *parent = nullptr);

    void setDataset(const Dataset *data);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    const Dataset *m_data = nullptr;
};

} // namespace tiescope
