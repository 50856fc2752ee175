// SPDX-License-Identifier: MIT
#include "app/mergedialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QTextDocument>

#include "model/dataset.h"

namespace tiescope {

namespace {

QString shown(const std::string &value)
{
    return value.empty() ? MergeDialog::tr("(none)") : QString::fromStdString(value);
}

} // namespace

MergeDialog::MergeDialog(const Dataset &dataset, EntityId first, EntityId second, QWidget *parent)
    : QDialog(parent),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Entities"));
    const std::array<const Entity *, 2> entities{&dataset.entity(first), &dataset.entity(second)};
    for (const Tie &tie : dataset.ties()) {
        m_tieCounts[0] += static_cast<int>(tie.from == first) + static_cast<int>(tie.to == first);
        m_tieCounts[1] += static_cast<int>(tie.from == second) + static_cast<int>(tie.to == second);
    }

    auto *grid = new QGridLayout;
    const auto heading = [](const QString &text) {
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
        label->setTextFormat(Qt::RichText);
        return label;
    };
    grid->addWidget(heading(tr("Keep")), 0, 0);
    auto *keepGroup = new QButtonGroup(this);
    for (int which = 0; which < 2; ++which) {
        const Entity &entity = *entities.at(static_cast<std::size_t>(which));
        m_keys.at(static_cast<std::size_t>(which)) = entity.key;
        auto *button = new QRadioButton(QString::fromStdString(entity.key));
        button->setObjectName(QStringLiteral("keep:%1").arg(which));
        button->setToolTip(tr("This record survives and keeps its key; the other's key becomes an alias"));
        keepGroup->addButton(button, which);
        grid->addWidget(button, 0, which + 1);
        m_keep.at(static_cast<std::size_t>(which)) = button;
    }
    const std::array<QString, FieldCount> labels{tr("Name"), tr("Kind"), tr("Country"), tr("Description")};
    const auto value = [&dataset](const Entity &entity, int field) -> std::string {
        switch (field) {
        case Name:
            return entity.name;
        case Kind:
            return dataset.kind(entity.kind).key;
        case Country:
            return entity.country;
        default:
            return entity.description;
        }
    };
    for (int field = 0; field < FieldCount; ++field) {
        grid->addWidget(new QLabel(labels.at(static_cast<std::size_t>(field))), field + 1, 0);
        auto *group = new QButtonGroup(this);
        for (int which = 0; which < 2; ++which) {
            const std::string text = value(*entities.at(static_cast<std::size_t>(which)), field);
            auto *button = new QRadioButton(shown(text).left(80));
            button->setToolTip(Qt::convertFromPlainText(shown(text)));
            button->setObjectName(QStringLiteral("field:%1:%2").arg(field).arg(which));
            group->addButton(button, which);
            grid->addWidget(button, field + 1, which + 1);
            m_fields.at(static_cast<std::size_t>(field)).at(static_cast<std::size_t>(which)) = button;
        }
        // The first's value unless it has none and the second has one.
        const bool firstEmpty = value(*entities[0], field).empty() && !value(*entities[1], field).empty();
        setSource(static_cast<Field>(field), firstEmpty ? 1 : 0);
        connect(group, &QButtonGroup::idClicked, this, &MergeDialog::updateSummary);
    }
    // The one with more ties survives by default: fewer rows change.
    setSurvivor(m_tieCounts[1] > m_tieCounts[0] ? 1 : 0);
    connect(keepGroup, &QButtonGroup::idClicked, this, &MergeDialog::setSurvivor);

    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    updateSummary();
}

void MergeDialog::setSurvivor(int which)
{
    m_keep.at(static_cast<std::size_t>(which))->setChecked(true);
    updateSummary();
}

void MergeDialog::setSource(Field field, int which)
{
    fieldButton(field, which)->setChecked(true);
    updateSummary();
}

QRadioButton *MergeDialog::fieldButton(Field field, int which) const
{
    return m_fields.at(static_cast<std::size_t>(field)).at(static_cast<std::size_t>(which));
}

const std::string &MergeDialog::survivorKey() const
{
    return m_keys[m_keep[1]->isChecked() ? 1 : 0];
}

const std::string &MergeDialog::mergedKey() const
{
    return m_keys[m_keep[1]->isChecked() ? 0 : 1];
}

EntityMerge::Choice MergeDialog::choice() const
{
    const int merged = m_keep[1]->isChecked() ? 0 : 1;
    const auto fromMerged = [&](Field field) { return fieldButton(field, merged)->isChecked(); };
    return {fromMerged(Name), fromMerged(Kind), fromMerged(Country), fromMerged(Description)};
}

void MergeDialog::updateSummary()
{
    if (!m_keep[0] || !m_keep[1])
        return; // still being built
    const int merged = m_keep[1]->isChecked() ? 0 : 1;
    m_summary->setText(tr("Ties of %1 that move to %2, with its citations: %3. \"%1\" is kept as an alias of %2, "
                          "so snapshots and links naming it still find it. Undo with Edit → Undo.")
                           .arg(QString::fromStdString(mergedKey()), QString::fromStdString(survivorKey()))
                           .arg(m_tieCounts.at(static_cast<std::size_t>(merged))));
}

} // namespace tiescope
