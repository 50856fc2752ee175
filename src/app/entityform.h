// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include "app/recordform.h"
#include "model/strongid.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tiescope {

class Dataset;

// A new entity, or an existing one's fields: name, kind, country, aliases and description.
class EntityForm final : public RecordForm
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityForm)

public:
    EntityForm(const Dataset &data, EditController &edits, std::optional<EntityId> existing, QWidget *parent);

    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QComboBox *kindField() const { return m_kind; }
    [[nodiscard]] QLineEdit *countryField() const { return m_country; }
    [[nodiscard]] QLineEdit *aliasesField() const { return m_aliases; }
    [[nodiscard]] QPlainTextEdit *descriptionField() const { return m_description; }

protected:
    [[nodiscard]] Record record() const override;
    [[nodiscard]] RecordTable table() const override { return RecordTable::Entities; }

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_country;
    QLineEdit *m_aliases;
    QPlainTextEdit *m_description;
};

} // namespace tiescope
