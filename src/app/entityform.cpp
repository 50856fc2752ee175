// SPDX-License-Identifier: MIT
#include "app/entityform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include "app/formchoices.h"
#include "app/formtext.h"
#include "model/dataset.h"

namespace tiescope {

EntityForm::EntityForm(const Dataset &data, EditController &edits, std::optional<EntityId> existing, QWidget *parent)
    : RecordForm(edits, existing ? tr("Edit Entity") : tr("New Entity"), parent),
      m_name(new QLineEdit(this)),
      m_kind(new QComboBox(this)),
      m_country(new QLineEdit(this)),
      m_aliases(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("entityForm"));
    m_name->setObjectName(QStringLiteral("name"));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_country->setObjectName(QStringLiteral("country"));
    m_aliases->setObjectName(QStringLiteral("aliases"));
    m_description->setObjectName(QStringLiteral("description"));
    FormChoices::addKinds(*m_kind, data);
    m_country->setPlaceholderText(tr("ISO 3166-1 alpha-2, e.g. RS"));
    m_country->setMaxLength(2);
    m_aliases->setPlaceholderText(tr("other names, separated by |"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(80);
    fields()->addRow(tr("&Name:"), m_name);
    fields()->addRow(tr("&Kind:"), m_kind);
    fields()->addRow(tr("&Country:"), m_country);
    fields()->addRow(tr("&Aliases:"), m_aliases);
    fields()->addRow(tr("&Description:"), m_description);
    if (existing) {
        const Entity &entity = data.entity(*existing);
        m_name->setText(QString::fromStdString(entity.name));
        m_kind->setCurrentIndex(static_cast<int>(entity.kind.index()));
        m_country->setText(QString::fromStdString(entity.country));
        QStringList aliases;
        for (const std::string &alias : entity.aliases)
            aliases << QString::fromStdString(alias);
        m_aliases->setText(aliases.join(QStringLiteral(" | ")));
        m_description->setPlainText(QString::fromStdString(entity.description));
        setExisting(QString::fromStdString(entity.key));
    } else {
        addKeyField([this] { return m_name->text(); },
                    [&data](const QString &key) { return data.findEntity(key.toStdString()).has_value(); });
        connect(m_name, &QLineEdit::textChanged, this, &EntityForm::refreshKey);
    }
    resize(460, sizeHint().height());
}

RecordForm::Record EntityForm::record() const
{
    Record record = Record::object();
    record["name"] = m_name->text().trimmed().toStdString();
    record["kind"] = m_kind->currentData().toString().toStdString();
    record["country"] = FormText::optional(m_country->text().toUpper());
    Record aliases = Record::array();
    for (const QString &alias : m_aliases->text().split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        if (!alias.trimmed().isEmpty())
            aliases.push_back(alias.trimmed().toStdString());
    }
    record["aliases"] = std::move(aliases);
    record["description"] = FormText::optional(m_description->toPlainText());
    return record;
}

} // namespace tiescope
