// SPDX-License-Identifier: MIT
#include "app/entitylistmodel.h"

#include <QStringList>
#include <QTextDocument>

#include "model/dataset.h"

namespace tiescope {

EntityListModel::EntityListModel(QObject *parent) : QAbstractListModel(parent) {}

void EntityListModel::setDataset(const Dataset *data)
{
    beginResetModel();
    m_data = data;
    endResetModel();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_data)
        return 0;
    return static_cast<int>(m_data->entities().size());
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_data)
        return {};
    const Entity &entity = m_data->entities()[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return QString::fromStdString(entity.name);
    case Qt::ToolTipRole:
        return Qt::convertFromPlainText(QString::fromStdString(m_data->kind(entity.kind).label), Qt::WhiteSpacePre);
    case SearchTextRole: {
        QStringList words{QString::fromStdString(entity.name), QString::fromStdString(entity.key)};
        for (const std::string &alias : entity.aliases)
            words << QString::fromStdString(alias);
        return words.join(QLatin1Char(' '));
    }
    case EntityIdRole:
        return index.row();
    default:
        return {};
    }
}

} // namespace tiescope
