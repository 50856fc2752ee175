// SPDX-License-Identifier: MIT
#include "app/entityfield.h"

#include <QCompleter>
#include <QStringList>

#include "model/dataset.h"

namespace tiescope {

namespace {

QString completion(const Entity &entity)
{
    return QStringLiteral("%1 (%2)").arg(QString::fromStdString(entity.name), QString::fromStdString(entity.key));
}

} // namespace

EntityField::EntityField(const Dataset &data, QWidget *parent) : QLineEdit(parent), m_data(data)
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(data.entities().size()));
    for (const Entity &entity : data.entities())
        names << completion(entity);
    auto *completer = new QCompleter(names, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    setPlaceholderText(tr("name or id"));
}

void EntityField::setEntity(std::optional<EntityId> entity)
{
    setText(entity ? completion(m_data.entity(*entity)) : QString());
}

std::optional<EntityId> EntityField::entity() const
{
    const QString typed = text().trimmed();
    if (typed.endsWith(QLatin1Char(')'))) {
        const qsizetype open = typed.lastIndexOf(QLatin1Char('('));
        if (open >= 0) {
            if (auto found = m_data.findEntity(typed.mid(open + 1).chopped(1).toStdString()))
                return found;
        }
    }
    if (auto found = m_data.findEntity(typed.toStdString()))
        return found;
    std::optional<EntityId> named;
    for (std::size_t i = 0; i < m_data.entities().size(); ++i) {
        if (QString::fromStdString(m_data.entities()[i].name).compare(typed, Qt::CaseInsensitive) != 0)
            continue;
        if (named)
            return std::nullopt; // two share the name: the analyst must pick one
        named = EntityId(i);
    }
    return named;
}

QString EntityField::key() const
{
    const auto found = entity();
    return found ? QString::fromStdString(m_data.entity(*found).key) : text().trimmed();
}

} // namespace tiescope
