// SPDX-License-Identifier: MIT
#include "app/sourcepicker.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "app/sourceform.h"
#include "model/dataset.h"

namespace tiescope {

SourcePicker::SourcePicker(const Dataset &data, EditController &edits, QWidget *parent)
    : QWidget(parent),
      m_data(data),
      m_edits(edits),
      m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_new(new QPushButton(tr("New &Source…"), this))
{
    setObjectName(QStringLiteral("sourcePicker"));
    m_search->setObjectName(QStringLiteral("sourceSearch"));
    m_list->setObjectName(QStringLiteral("sources"));
    m_new->setObjectName(QStringLiteral("newSource"));
    m_search->setPlaceholderText(tr("Search sources by title, author, publisher or id"));
    m_search->setClearButtonEnabled(true);
    m_list->setMaximumHeight(110);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_new);
    layout->addLayout(row);
    layout->addWidget(m_list);
    fill();
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i) {
            QListWidgetItem *item = m_list->item(i);
            item->setHidden(!item->data(Qt::UserRole + 1).toString().contains(text.trimmed(), Qt::CaseInsensitive));
        }
    });
    connect(m_list, &QListWidget::currentItemChanged, this, &SourcePicker::sourceChanged);
    connect(m_new, &QPushButton::clicked, this, &SourcePicker::createSource);
}

void SourcePicker::fill()
{
    const QString picked = sourceKey();
    m_list->clear();
    for (const Source &source : m_data.sources()) {
        QStringList about;
        for (const std::string &part : {source.author, source.publisher, source.date ? source.date->toString() : ""}) {
            if (!part.empty())
                about << QString::fromStdString(part);
        }
        const QString title = QString::fromStdString(source.title);
        const QString key = QString::fromStdString(source.key);
        auto *item = new QListWidgetItem(
            about.isEmpty() ? title : QStringLiteral("%1 — %2").arg(title, about.join(QStringLiteral(", "))), m_list);
        item->setData(Qt::UserRole, key);
        item->setData(Qt::UserRole + 1,
                      QStringLiteral("%1 %2 %3").arg(item->text(), key, QString::fromStdString(source.kind)));
        item->setToolTip(key);
    }
    setSourceKey(picked);
}

QString SourcePicker::sourceKey() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

void SourcePicker::setSourceKey(const QString &key)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == key) {
            m_list->setCurrentRow(i);
            return;
        }
    }
    m_list->setCurrentRow(-1);
}

void SourcePicker::createSource()
{
    // Window-modal over the form that holds the picker, which keeps what was typed.
    auto *form = new SourceForm(m_data, m_edits, std::nullopt, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->titleField()->setText(m_search->text().trimmed());
    connect(form, &QDialog::accepted, this, [this, form] {
        m_search->clear();
        fill();
        setSourceKey(form->key());
    });
    form->open();
}

} // namespace tiescope
