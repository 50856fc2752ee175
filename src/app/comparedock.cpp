// SPDX-License-Identifier: MIT
#include "app/comparedock.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "app/comparisonmodel.h"
#include "app/csvfile.h"
#include "app/plainmessage.h"
#include "app/tabledockbody.h"

namespace tiescope {

namespace {

QLineEdit *dateField(const QString &name, const QString &placeholder)
{
    auto *field = new QLineEdit;
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    field->setToolTip(QObject::tr("A date (2014, 2014-06, 2014-06-28: every day it names) or a window "
                                  "FROM/TO of those, either side empty for open"));
    field->setClearButtonEnabled(true);
    field->setMaximumWidth(220); // room for "2012-06-28/2014-06-28", no more
    return field;
}

} // namespace

CompareDock::CompareDock(QWidget *parent)
    : QDockWidget(tr("Compare"), parent),
      m_model(new ComparisonModel(this)),
      m_a(dateField(QStringLiteral("compareA"), tr("A: 2014"))),
      m_b(dateField(QStringLiteral("compareB"), tr("B: 2022 or 2020/2022"))),
      m_mark(new QCheckBox(tr("Mark on canvas"))),
      m_compare(new QPushButton(tr("Compare"))),
      m_clear(new QPushButton(tr("Clear"))),
      m_table(new QTableView),
      m_summary(new QLabel),
      m_export(new QPushButton(tr("Export CSV…")))
{
    setObjectName(QStringLiteral("compareDock"));
    m_mark->setObjectName(QStringLiteral("compareMark"));
    m_mark->setChecked(true);
    m_mark->setToolTip(tr("Emphasise the ties that began and strike through those that ended"));
    m_compare->setObjectName(QStringLiteral("compareRun"));
    m_compare->setDefault(true);
    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setModel(m_model);
    TableDockBody::setUpTable(*m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_export->setObjectName(QStringLiteral("compareExport"));
    m_export->setEnabled(false);

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_a, 1);
    dates->addWidget(new QLabel(QStringLiteral("→")));
    dates->addWidget(m_b, 1);
    dates->addWidget(m_compare);
    dates->addWidget(m_clear);
    dates->addWidget(m_mark);
    dates->addStretch(2);
    setWidget(TableDockBody::make(dates, m_table, m_summary, m_export));
    showSummary(tr("Give two dates or windows to see which ties began and ended between them."), false);

    const auto request = [this] { emit compareRequested(m_a->text().trimmed(), m_b->text().trimmed()); };
    connect(m_compare, &QPushButton::clicked, this, request);
    connect(m_a, &QLineEdit::returnPressed, this, request);
    connect(m_b, &QLineEdit::returnPressed, this, request);
    connect(m_clear, &QPushButton::clicked, this, &CompareDock::clearRequested);
    connect(m_mark, &QCheckBox::toggled, this, &CompareDock::markToggled);
    connect(m_export, &QPushButton::clicked, this, &CompareDock::exportInteractive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    emit rowActivated(current.row());
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_export->setEnabled(m_model->rowCount() > 0);
        m_table->resizeColumnsToContents();
    });
}

void CompareDock::setDates(const QString &a, const QString &b)
{
    m_a->setText(a);
    m_b->setText(b);
}

void CompareDock::showSummary(const QString &text, bool problem)
{
    m_summary->setText(text);
    m_summary->setStyleSheet(problem ? QStringLiteral("color: #b02a2a;") : QString());
}

bool CompareDock::exportCsv(const QString &path, QString *error) const
{
    return CsvFile::write(path, m_model->table(), error);
}

void CompareDock::exportInteractive()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Comparison as CSV"), QStringLiteral("comparison.csv"),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(path, &error))
        PlainMessage::warning(this, tr("Comparison not exported"), error);
}

} // namespace tiescope
