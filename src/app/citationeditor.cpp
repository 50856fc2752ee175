// SPDX-License-Identifier: MIT
#include "app/citationeditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>

#include "app/formtext.h"
#include "app/gradescale.h"
#include "app/sourcepicker.h"

namespace tiescope {

CitationEditor::CitationEditor(const Dataset &data, EditController &edits, QWidget *parent)
    : QWidget(parent),
      m_sources(new SourcePicker(data, edits, this)),
      m_locator(new QLineEdit(this)),
      m_quote(new QLineEdit(this)),
      m_reliability(new QComboBox(this)),
      m_credibility(new QComboBox(this))
{
    m_locator->setObjectName(QStringLiteral("locator"));
    m_reliability->setObjectName(QStringLiteral("reliability"));
    m_credibility->setObjectName(QStringLiteral("credibility"));
    m_locator->setPlaceholderText(tr("where in the source: section, page"));
    m_quote->setObjectName(QStringLiteral("quote"));
    m_quote->setPlaceholderText(tr("optional: the sentence that makes the claim, at most 500 characters"));
    GradeScale::addReliabilities(*m_reliability);
    GradeScale::addCredibilities(*m_credibility);
    // F6 says nothing is known; start where a plain, single-source claim usually sits.
    m_reliability->setCurrentIndex(1);
    m_credibility->setCurrentIndex(1);
    m_reliability->setToolTip(tr("How reliable the source is for this kind of claim (NATO Admiralty code)"));
    m_credibility->setToolTip(tr("How credible this claim is (NATO Admiralty code)"));
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("So&urce:"), m_sources);
    layout->addRow(tr("&Locator:"), m_locator);
    layout->addRow(tr("&Quote:"), m_quote);
    auto *grade = new QHBoxLayout;
    grade->addWidget(m_reliability);
    grade->addWidget(m_credibility);
    layout->addRow(tr("Grade:"), grade);
}

bool CitationEditor::hasSource() const
{
    return !m_sources->sourceKey().isEmpty();
}

nlohmann::ordered_json CitationEditor::record() const
{
    nlohmann::ordered_json record = nlohmann::ordered_json::object();
    record["source"] = m_sources->sourceKey().toStdString();
    record["locator"] = FormText::optional(m_locator->text());
    record["quote"] = FormText::optional(m_quote->text());
    record["reliability"] = m_reliability->currentData().toString().toStdString();
    record["credibility"] = m_credibility->currentData().toInt();
    return record;
}

} // namespace tiescope
