// SPDX-License-Identifier: MIT
#include "app/tabledockbody.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tiescope {

namespace {

constexpr int MinimumTableHeight = 48; // a header and a row

} // namespace

void TableDockBody::setUpTable(QTableView &table)
{
    table.setSelectionBehavior(QAbstractItemView::SelectRows);
    table.setEditTriggers(QAbstractItemView::NoEditTriggers);
    table.verticalHeader()->hide();
    table.horizontalHeader()->setStretchLastSection(true);
    table.setWordWrap(false);
    table.setMinimumHeight(MinimumTableHeight);
}

QWidget *TableDockBody::make(QLayout *controls, QTableView *table, QLabel *summary, QPushButton *exportButton)
{
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(summary, 1);
    bottom->addWidget(exportButton);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(controls);
    layout->addWidget(table, 1);
    layout->addLayout(bottom);
    return content;
}

} // namespace tiescope
