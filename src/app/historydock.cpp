// SPDX-License-Identifier: MIT
#include "app/historydock.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include "app/csvfile.h"
#include "app/graphdocument.h"
#include "app/historyfilter.h"
#include "app/historymodel.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "app/plainmessage.h"
#include "app/tabledockbody.h"

namespace tiescope {

namespace {

QDateEdit *dateEdit(const QString &name)
{
    auto *edit = new QDateEdit(QDate::currentDate());
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    // The style's size hint leaves the last digit under the popup button: room for a whole date.
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 44);
    return edit;
}

} // namespace

HistoryDock::HistoryDock(const GraphDocument &document, QWidget *parent)
    : QDockWidget(tr("History"), parent),
      m_document(document),
      m_model(new HistoryModel(this)),
      m_filter(new HistoryFilter(this)),
      m_table(new QTableView),
      m_useFrom(new QCheckBox(tr("From"))),
      m_from(dateEdit(QStringLiteral("historyFrom"))),
      m_useTo(new QCheckBox(tr("To"))),
      m_to(dateEdit(QStringLiteral("historyTo"))),
      m_record(new QLineEdit),
      m_author(new QLineEdit),
      m_export(new QPushButton(tr("Export CSV…"))),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("historyDock"));
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_filter);
    TableDockBody::setUpTable(*m_table);
    m_record->setObjectName(QStringLiteral("historyRecord"));
    m_record->setPlaceholderText(tr("record or change"));
    m_record->setClearButtonEnabled(true);
    m_author->setObjectName(QStringLiteral("historyAuthor"));
    m_author->setPlaceholderText(tr("author"));
    m_author->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_summary->setObjectName(QStringLiteral("historySummary"));

    auto *dates = new QHBoxLayout;
    dates->addWidget(m_useFrom);
    dates->addWidget(m_from);
    dates->addWidget(m_useTo);
    dates->addWidget(m_to);
    dates->addSpacing(8);
    // One row of filters: the dock shares the bottom with the Time tab, and its minimum height
    // is the bottom area's, which the canvas gives up.
    dates->addWidget(m_record, 2);
    dates->addWidget(m_author, 1);
    setWidget(TableDockBody::make(dates, m_table, m_summary, m_export));

    connect(m_useFrom, &QCheckBox::toggled, this, &HistoryDock::applyDates);
    connect(m_useTo, &QCheckBox::toggled, this, &HistoryDock::applyDates);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryDock::applyDates);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryDock::applyDates);
    connect(m_record, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setRecordText(text);
        updateSummary();
    });
    connect(m_author, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setAuthorText(text);
        updateSummary();
    });
    connect(m_export, &QPushButton::clicked, this, &HistoryDock::exportInteractive);
    connect(&m_document, &GraphDocument::opened, this, &HistoryDock::refresh);
    connect(&m_document, &GraphDocument::edited, this, &HistoryDock::refresh);
    connect(&m_document, &GraphDocument::relocated, this, &HistoryDock::refresh);
    updateSummary();
}

void HistoryDock::refresh()
{
    std::vector<AuditEntry> entries;
    QString problem;
    if (m_document.isOpen() && QFileInfo(m_document.path()).isFile() &&
        !m_document.path().endsWith(QStringLiteral(".json"))) {
        try {
            entries = Store::open(m_document.path().toStdString(), Store::Mode::ReadOnly).history();
        } catch (const InputError &e) {
            problem = QString::fromStdString(e.problem());
        }
    }
    m_model->setEntries(std::move(entries));
    m_table->resizeColumnsToContents();
    updateSummary();
    if (!problem.isEmpty())
        m_summary->setText(tr("History not read: %1").arg(problem));
}

void HistoryDock::applyDates()
{
    m_from->setEnabled(m_useFrom->isChecked());
    m_to->setEnabled(m_useTo->isChecked());
    m_filter->setDateRange(m_useFrom->isChecked() ? m_from->date() : QDate(),
                           m_useTo->isChecked() ? m_to->date() : QDate());
    updateSummary();
}

void HistoryDock::updateSummary()
{
    const int total = m_model->rowCount();
    const int shown = m_filter->rowCount();
    m_summary->setText(shown == total ? tr("%n changes", nullptr, total)
                                      : tr("%1 of %2 changes").arg(shown).arg(total));
    m_export->setEnabled(shown > 0);
}

bool HistoryDock::exportCsv(const QString &path, QString *error) const
{
    std::vector<std::vector<std::string>> rows{
        {"time", "author", "change_set", "label", "table", "record", "row_id", "operation", "before", "after"}};
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const AuditEntry &e = m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row());
        rows.push_back({e.time, e.author, std::to_string(e.changeSet), e.label, e.table, e.key,
                        std::to_string(e.rowId), e.operation, e.before, e.after});
    }
    return CsvFile::write(path, rows, error);
}

void HistoryDock::exportInteractive()
{
    const QString start = QFileInfo(m_document.path()).absolutePath() + QStringLiteral("/history.csv");
    QString path = QFileDialog::getSaveFileName(this, tr("Export History as CSV"), start, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    QString error;
    if (!exportCsv(path, &error))
        PlainMessage::warning(this, tr("History not exported"), error);
}

} // namespace tiescope
