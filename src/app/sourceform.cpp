// SPDX-License-Identifier: MIT
#include "app/sourceform.h"

#include <QFormLayout>
#include <QLineEdit>

#include "app/formtext.h"
#include "model/dataset.h"

namespace tiescope {

SourceForm::SourceForm(const Dataset &data, EditController &edits, std::optional<SourceId> existing, QWidget *parent)
    : RecordForm(edits, existing ? tr("Edit Source") : tr("New Source"), parent),
      m_title(field("title", tr("&Title:"))),
      m_author(field("author", tr("&Author:"))),
      m_publisher(field("publisher", tr("&Publisher:"))),
      m_date(field("date", tr("&Date:"), tr("as precise as the source: 2025, 2025-10 or 2025-10-09"))),
      m_kind(field("sourceKind", tr("&Kind:"), tr("e.g. analysis article, official statement"))),
      m_url(field("url", tr("&URL:"), tr("only a real, checkable address"))),
      m_retrieved(field("retrieved", tr("&Retrieved:"), tr("when the URL was read: 2025-10-09"))),
      m_archiveUrl(field("archiveUrl", tr("&Archive URL:"), tr("an archived copy of the URL, if one exists")))
{
    setObjectName(QStringLiteral("sourceForm"));
    if (existing) {
        const Source &source = data.source(*existing);
        m_title->setText(FormText::of(source.title));
        m_author->setText(FormText::of(source.author));
        m_publisher->setText(FormText::of(source.publisher));
        m_date->setText(source.date ? FormText::of(source.date->toString()) : QString());
        m_kind->setText(FormText::of(source.kind));
        m_url->setText(FormText::of(source.url));
        m_retrieved->setText(source.retrieved ? FormText::of(source.retrieved->toString()) : QString());
        m_archiveUrl->setText(FormText::of(source.archiveUrl));
        setExisting(FormText::of(source.key));
    } else {
        addKeyField([this] { return m_title->text(); },
                    [&data](const QString &key) { return data.findSource(key.toStdString()).has_value(); });
        connect(m_title, &QLineEdit::textChanged, this, &SourceForm::refreshKey);
    }
    resize(480, sizeHint().height());
}

QLineEdit *SourceForm::field(const char *name, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setPlaceholderText(placeholder);
    fields()->addRow(label, edit);
    return edit;
}

RecordForm::Record SourceForm::record() const
{
    Record record = Record::object();
    record["title"] = m_title->text().trimmed().toStdString();
    record["author"] = m_author->text().trimmed().toStdString();
    record["publisher"] = FormText::optional(m_publisher->text());
    record["date"] = FormText::optional(m_date->text());
    record["kind"] = m_kind->text().trimmed().toStdString();
    record["url"] = FormText::optional(m_url->text());
    record["retrieved"] = FormText::optional(m_retrieved->text());
    record["archive_url"] = FormText::optional(m_archiveUrl->text());
    return record;
}

} // namespace tiescope
