// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QLineEdit>

#include "model/strongid.h"

namespace tiescope {

class Dataset;

// A line edit naming an entity, completing over names and keys ("Serbia (serbia)"). It
// resolves what was typed to an entity: a completion, a key, or a name only one entity has.
class EntityField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityField)

public:
    EntityField(const Dataset &data, QWidget *parent);

    void setEntity(std::optional<EntityId> entity);
    [[nodiscard]] std::optional<EntityId> entity() const;
    // The key for the record: the resolved entity's, else what was typed (the store names
    // an unknown one in its problem).
    [[nodiscard]] QString key() const;

private:
    const Dataset &m_data;
};

} // namespace tiescope
