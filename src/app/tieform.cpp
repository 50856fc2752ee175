// SPDX-License-Identifier: MIT
#include "app/tieform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "app/citationeditor.h"
#include "app/entityfield.h"
#include "app/formchoices.h"
#include "app/formtext.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

QString dateText(const std::optional<EdtfDate> &date)
{
    return date ? FormText::of(date->toString()) : QString();
}

} // namespace

TieForm::TieForm(const Dataset &data, EditController &edits, std::optional<TieId> existing, QWidget *parent)
    : RecordForm(edits, existing ? tr("Edit Tie") : tr("New Tie"), parent),
      m_data(data),
      m_from(new EntityField(data, this)),
      m_to(new EntityField(data, this)),
      m_domain(new QComboBox(this)),
      m_relation(new QComboBox(this)),
      m_start(new QLineEdit(this)),
      m_end(new QLineEdit(this)),
      m_status(new QComboBox(this)),
      m_strength(new QLineEdit(this)),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("tieForm"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_domain->setObjectName(QStringLiteral("domain"));
    m_relation->setObjectName(QStringLiteral("relation"));
    m_start->setObjectName(QStringLiteral("start"));
    m_end->setObjectName(QStringLiteral("end"));
    m_status->setObjectName(QStringLiteral("status"));
    m_strength->setObjectName(QStringLiteral("strength"));
    m_note->setObjectName(QStringLiteral("note"));
    FormChoices::addDomains(*m_domain, data);
    FormChoices::addRelations(*m_relation, data);
    FormChoices::addStatuses(*m_status);
    // EDTF, as precise as the source is: docs/data-model.md ("Dates") lists every form.
    m_start->setPlaceholderText(tr("EDTF: 2008, 2025-09-20, 2014~, 2014?, [2014..], [1914..1918]; empty: unknown"));
    m_end->setPlaceholderText(tr("EDTF as for the start; \"..\": ongoing; empty: unknown"));
    const QString hint = tr("2014~ approximate, 2014? uncertain, 201X a decade, [2014..] not before 2014, "
                            "[..2021] by 2021, [1914..1918] between the two");
    m_start->setToolTip(hint);
    m_end->setToolTip(hint);
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(70);
    fields()->addRow(tr("&From:"), m_from);
    fields()->addRow(tr("&To:"), m_to);
    fields()->addRow(tr("&Domain:"), m_domain);
    fields()->addRow(tr("&Relation:"), m_relation);
    fields()->addRow(tr("&Start:"), m_start);
    fields()->addRow(tr("&End:"), m_end);
    fields()->addRow(tr("St&atus:"), m_status);
    fields()->addRow(tr("Stre&ngth:"), m_strength);
    fields()->addRow(tr("N&ote:"), m_note);
    connect(m_relation, &QComboBox::currentIndexChanged, this, &TieForm::relationChosen);
    if (existing) {
        const Tie &tie = data.tie(*existing);
        m_from->setEntity(tie.from);
        m_to->setEntity(tie.to);
        m_domain->setCurrentIndex(static_cast<int>(tie.domain.index()));
        m_relation->setCurrentIndex(static_cast<int>(tie.relation.index()));
        m_start->setText(dateText(tie.start));
        m_end->setText(dateText(tie.end));
        m_status->setCurrentIndex(static_cast<int>(tie.status));
        m_strength->setText(tie.strength ? QString::number(*tie.strength) : QString());
        m_note->setPlainText(FormText::of(tie.note));
        setExisting(FormText::of(tie.key));
    } else {
        auto *box = new QGroupBox(tr("First citation (a tie needs at least one)"), this);
        box->setObjectName(QStringLiteral("firstCitation"));
        auto *boxLayout = new QVBoxLayout(box);
        m_citation = new CitationEditor(data, edits, box);
        boxLayout->addWidget(m_citation);
        body()->addWidget(box);
        addKeyField(
            [this] {
                return QStringLiteral("%1 %2 %3").arg(m_from->key(), m_relation->currentData().toString(), m_to->key());
            },
            [&data](const QString &key) { return data.findTie(key.toStdString()).has_value(); });
        for (QLineEdit *edit : {static_cast<QLineEdit *>(m_from), static_cast<QLineEdit *>(m_to)})
            connect(edit, &QLineEdit::textChanged, this, &TieForm::refreshKey);
        connect(m_relation, &QComboBox::currentIndexChanged, this, &TieForm::refreshKey);
        refreshKey();
    }
    relationChosen();
    resize(520, sizeHint().height());
}

void TieForm::relationChosen()
{
    if (m_relation->currentIndex() < 0)
        return;
    const RelationType &relation = m_data.relations().at(static_cast<std::size_t>(m_relation->currentIndex()));
    m_strength->setPlaceholderText(tr("0 to 1; empty: the relation's default (%1)").arg(relation.defaultStrength));
    m_relation->setToolTip(FormText::of(relation.description));
}

RecordForm::Record TieForm::record() const
{
    Record record = Record::object();
    record["from"] = m_from->key().toStdString();
    record["to"] = m_to->key().toStdString();
    record["domain"] = m_domain->currentData().toString().toStdString();
    record["relation"] = m_relation->currentData().toString().toStdString();
    record["start"] = FormText::optional(m_start->text());
    record["end"] = FormText::optional(m_end->text());
    record["status"] = m_status->currentData().toString().toStdString();
    bool number = false;
    const double strength = m_strength->text().trimmed().toDouble(&number);
    if (number)
        record["strength"] = strength;
    else
        record["strength"] = FormText::optional(m_strength->text()); // null, or text the store refuses
    record["note"] = FormText::optional(m_note->toPlainText());
    if (m_citation)
        record["citations"] = Record::array({m_citation->record()});
    return record;
}

QStringList TieForm::ownProblems() const
{
    QStringList problems;
    for (const EntityField *end : {m_from, m_to}) {
        if (!end->entity())
            problems << tr("%1: “%2” names no single entity; pick one from the list.")
                            .arg(end == m_from ? tr("From") : tr("To"), end->text().trimmed());
    }
    if (m_citation && !m_citation->hasSource())
        problems << tr("A tie cannot be saved without a citation: pick its source in the list below, or create "
                       "one with New Source…, then Save again.");
    return problems;
}

} // namespace tiescope
