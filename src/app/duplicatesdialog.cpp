// SPDX-License-Identifier: MIT
#include "app/duplicatesdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "model/dataset.h"

namespace tiescope {

DuplicatesDialog::DuplicatesDialog(QWidget *parent)
    : QDialog(parent),
      m_table(new QTableWidget(0, 5)),
      m_merge(new QPushButton(tr("&Merge…"))),
      m_summary(new QLabel)
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Possible Duplicates"));
    m_table->setObjectName(QStringLiteral("duplicatesTable"));
    m_table->setHorizontalHeaderLabels({tr("Entity"), tr("Entity"), tr("Kind"), tr("Country"), tr("Alike in")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_merge->setObjectName(QStringLiteral("duplicatesMerge"));
    m_summary->setObjectName(QStringLiteral("duplicatesSummary"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::requestMerge);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &DuplicatesDialog::requestMerge);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_merge->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void DuplicatesDialog::setDataset(const Dataset &dataset)
{
    m_candidates = DuplicateFinder::find(dataset);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(m_candidates.size()));
    const auto named = [&dataset](EntityId id) {
        const Entity &entity = dataset.entity(id);
        return QStringLiteral("%1 (%2)").arg(QString::fromStdString(entity.name), QString::fromStdString(entity.key));
    };
    for (std::size_t i = 0; i < m_candidates.size(); ++i) {
        const DuplicateFinder::Candidate &pair = m_candidates[i];
        const Entity &first = dataset.entity(pair.first);
        const int row = static_cast<int>(i);
        m_table->setItem(row, 0, new QTableWidgetItem(named(pair.first)));
        m_table->setItem(row, 1, new QTableWidgetItem(named(pair.second)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(dataset.kind(first.kind).label)));
        m_table->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(first.country)));
        m_table->setItem(row, 4, new QTableWidgetItem(QString::fromStdString(pair.label)));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(m_candidates.empty()
                           ? tr("No possible duplicates: no two entities of one kind and country share a name or "
                                "alias (ignoring case, accents and punctuation).")
                           : tr("%n pairs of one kind and country share a name or alias (ignoring case, accents "
                                "and punctuation). Pick one and merge it, or leave it.",
                                nullptr, static_cast<int>(m_candidates.size())));
    if (!m_candidates.empty())
        m_table->selectRow(0);
    m_merge->setEnabled(!m_candidates.empty());
}

void DuplicatesDialog::requestMerge()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_candidates.size()))
        return;
    emit mergeRequested(m_candidates[static_cast<std::size_t>(row)].first,
                        m_candidates[static_cast<std::size_t>(row)].second);
}

} // namespace tiescope
