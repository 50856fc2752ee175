// SPDX-License-Identifier: MIT
#include "app/importpreviewpage.h"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include "app/formtext.h"
#include "app/importplanmodel.h"
#include "app/importwizard.h"
#include "interchange/importfiles.h"
#include "interchange/importplanner.h"
#include "model/dataset.h"

namespace tiescope {

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : QWizardPage(&wizard),
      m_wizard(wizard),
      m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)),
      m_filter(new QComboBox(this)),
      m_model(new ImportPlanModel(this)),
      m_rows(new QTableView(this)),
      m_badTitle(new QLabel(this)),
      m_bad(new QTableWidget(0, 4, this)),
      m_applyValid(new QCheckBox(tr("&Write the valid rows anyway"), this)),
      m_saveSpec(new QPushButton(tr("&Save Spec…"), this)),
      m_problems(new QLabel(this))
{
    setTitle(tr("Dry run"));
    setSubTitle(tr("What the import would change. Nothing has been written yet: Import writes it as one "
                   "change-set, one undo step."));
    setFinalPage(true);
    m_progress->setRange(0, 0); // the dry run reports no steps: busy until done
    for (QLabel *label : {m_summary, m_badTitle, m_problems}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_filter->addItem(tr("Every row"));
    for (const auto outcome : {ImportPlan::Outcome::New, ImportPlan::Outcome::Updated, ImportPlan::Outcome::Unchanged,
                               ImportPlan::Outcome::Conflicting})
        m_filter->addItem(ImportPlanModel::outcomeText(outcome), static_cast<int>(outcome));
    m_rows->setModel(m_model);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->hide();
    m_rows->verticalHeader()->setDefaultSectionSize(m_rows->fontMetrics().height() + 8);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    m_bad->setHorizontalHeaderLabels({tr("File"), tr("Line"), tr("Column"), tr("Reason")});
    m_bad->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bad->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bad->setWordWrap(true); // a reason is a sentence: wrapped, never cut
    m_bad->verticalHeader()->hide();
    m_bad->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bad->horizontalHeader()->setStretchLastSection(true);
    m_bad->setObjectName(QStringLiteral("badRows"));
    m_applyValid->setToolTip(tr("The bad rows are left out; everything else is written"));

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("Sh&ow:"), this);
    filterLabel->setBuddy(m_filter);
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    filterRow->addWidget(m_saveSpec);
    auto *badPane = new QWidget(this);
    auto *badLayout = new QVBoxLayout(badPane);
    badLayout->setContentsMargins(0, 0, 0, 0);
    badLayout->addWidget(m_badTitle);
    badLayout->addWidget(m_bad, 1);
    badLayout->addWidget(m_applyValid);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_rows);
    split->addWidget(badPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addLayout(filterRow);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant outcome = m_filter->currentData();
        m_model->setOutcomeFilter(outcome.isValid() ? std::optional(static_cast<ImportPlan::Outcome>(outcome.toInt()))
                                                    : std::nullopt);
    });
    connect(m_applyValid, &QCheckBox::toggled, this, &ImportPreviewPage::completeChanged);
    connect(m_saveSpec, &QPushButton::clicked, &wizard, &ImportWizard::saveSpecInteractive);
    connect(&m_runner, &TaskRunner::failed, this, &ImportPreviewPage::failed);
}

ImportPreviewPage::~ImportPreviewPage()
{
    m_runner.stop();
}

void ImportPreviewPage::initializePage()
{
    run();
}

void ImportPreviewPage::cleanupPage()
{
    m_runner.cancel();
    m_result.reset();
}

void ImportPreviewPage::run()
{
    m_result.reset();
    m_model->setRows({});
    m_bad->setRowCount(0);
    m_problems->clear();
    m_applyValid->setChecked(false);
    m_applyValid->setVisible(false);
    m_badTitle->setVisible(false);
    m_bad->setVisible(false);
    m_saveSpec->setEnabled(false);
    m_progress->setVisible(true);
    m_summary->setText(tr("Reading the files and comparing them with the store…"));
    emit completeChanged();
    // The worker gets its own copies: the spec, and the data it plans against (the document
    // may be reloaded while it runs).
    auto data = std::make_shared<const Dataset>(m_wizard.dataset());
    m_runner.start(
        [spec = m_wizard.spec(), data](TaskControl &) mutable {
            DryRun result{std::move(spec), {}};
            const ImportRows rows = ImportFiles::read(result.spec);
            result.plan = ImportPlanner::plan(*data, rows, result.spec);
            return result;
        },
        [this](DryRun result) { show(std::move(result)); });
}

void ImportPreviewPage::show(DryRun result)
{
    m_progress->setVisible(false);
    const ImportPlan &plan = result.plan;
    QString text = FormText::of(plan.summary());
    if (plan.changeSet.empty())
        text += QLatin1Char('\n') + tr("Nothing to change: the store already holds everything the files give. "
                                       "Import writes nothing.");
    m_summary->setText(text);
    m_model->setRows(plan.rows);
    m_rows->resizeColumnsToContents();
    for (int column = 0; column < ImportPlanModel::DetailColumn; ++column)
        m_rows->setColumnWidth(column, std::min(m_rows->columnWidth(column), 240));
    const bool bad = plan.hasBadRows();
    m_bad->setRowCount(static_cast<int>(plan.badRows.size()));
    for (int row = 0; row < m_bad->rowCount(); ++row) {
        const ImportIssue &issue = plan.badRows[static_cast<std::size_t>(row)];
        const QString cells[] = {QFileInfo(FormText::of(issue.file)).fileName(),
                                 issue.line == 0 ? QString() : QString::number(issue.line), FormText::of(issue.column),
                                 FormText::of(issue.reason)};
        const QString tips[] = {FormText::of(issue.file), cells[1], cells[2], cells[3]};
        for (int column = 0; column < 4; ++column) {
            // Items show their text as it is; tooltips would render markup, so they are escaped.
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(Qt::convertFromPlainText(tips[column], Qt::WhiteSpaceNormal));
            m_bad->setItem(row, column, item);
        }
    }
    for (int column = 0; column < 3; ++column)
        m_bad->resizeColumnToContents(column);
    m_bad->resizeRowsToContents();
    m_badTitle->setText(plan.badRows.size() == 1
                            ? tr("1 bad row: it is not written.")
                            : tr("%1 bad rows: none of them is written.").arg(plan.badRows.size()));
    m_badTitle->setVisible(bad);
    m_bad->setVisible(bad);
    m_applyValid->setVisible(bad);
    m_saveSpec->setEnabled(true);
    m_result = std::move(result);
    emit completeChanged();
}

void ImportPreviewPage::failed(const QString &why)
{
    m_progress->setVisible(false);
    m_summary->setText(tr("The files could not be read: %1").arg(why));
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    if (!m_result)
        return false;
    return !m_result->plan.hasBadRows() || m_applyValid->isChecked();
}

void ImportPreviewPage::showProblems(const QStringList &problems)
{
    m_problems->setText(tr("The store refused the import; nothing was written:") + QLatin1Char('\n') +
                        problems.join(QLatin1Char('\n')));
}

} // namespace tiescope
