// SPDX-License-Identifier: MIT
#include "app/importcolumnmap.h"

#include <algorithm>

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

#include "app/formtext.h"
#include "interchange/csvtable.h"

namespace tiescope {

namespace {

constexpr int FieldColumns = 3; // label + choice pairs side by side

} // namespace

ImportColumnMap::ImportColumnMap(ColumnGuess::Table table, QWidget *parent)
    : QWidget(parent),
      m_table(table),
      m_sampleTitle(new QLabel(this)),
      m_sample(new QTableWidget(this))
{
    auto *grid = new QGridLayout;
    int position = 0;
    for (const std::string &field : ColumnGuess::fields(table)) {
        auto *box = new QComboBox(this);
        box->setObjectName(QString::fromStdString(field));
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *label = new QLabel(fieldLabel(field), this);
        label->setBuddy(box);
        const int row = position / FieldColumns, column = position % FieldColumns * 2;
        grid->addWidget(label, row, column, Qt::AlignRight);
        grid->addWidget(box, row, column + 1);
        grid->setColumnStretch(column + 1, 1);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportColumnMap::changed);
        m_combos.emplace_back(field, box);
        ++position;
    }
    m_sampleTitle->setTextFormat(Qt::PlainText);
    m_sample->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sample->setSelectionMode(QAbstractItemView::NoSelection);
    m_sample->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_sample->horizontalHeader()->setMinimumSectionSize(60);
    m_sample->verticalHeader()->setDefaultSectionSize(m_sample->fontMetrics().height() + 8);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_sampleTitle);
    layout->addWidget(m_sample, 1);
    clear();
}

QString ImportColumnMap::fieldLabel(const std::string &field)
{
    static const std::map<std::string, QString> labels{
        {"id", tr("Key (id)")},
        {"name", tr("Name")},
        {"kind", tr("Kind")},
        {"country", tr("Country")},
        {"aliases", tr("Aliases")},
        {"description", tr("Description")},
        {"source", tr("Cited source")},
        {"locator", tr("Locator")},
        {"grade", tr("Grade")},
        {"from", tr("From")},
        {"to", tr("To")},
        {"relation", tr("Relation")},
        {"domain", tr("Domain")},
        {"start", tr("Start")},
        {"end", tr("End")},
        {"status", tr("Status")},
        {"strength", tr("Strength")},
        {"note", tr("Note")},
        {"sources", tr("Sources (a|b)")},
        {"citations", tr("Citations (JSON)")},
    };
    const auto it = labels.find(field);
    return (it == labels.end() ? FormText::of(field) : it->second) + QLatin1Char(':');
}

void ImportColumnMap::clear()
{
    m_header.clear();
    for (const auto &[field, box] : m_combos) {
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("(not imported)"), QString());
        box->setEnabled(false);
    }
    m_sampleTitle->setText(tr("No file."));
    m_sample->clear();
    m_sample->setRowCount(0);
    m_sample->setColumnCount(0);
    emit changed();
}

void ImportColumnMap::setTable(const CsvTable &table, const std::map<std::string, std::string> &given, bool reset)
{
    const bool same = table.header() == m_header;
    m_header = table.header();
    if (!same || reset) {
        // What the spec gives, then the guess for the other fields from the columns left.
        std::map<std::string, std::string> chosen;
        for (const auto &[field, column] : given) {
            if (column.empty() || std::find(m_header.begin(), m_header.end(), column) != m_header.end())
                chosen[field] = column;
        }
        for (const auto &guess : ColumnGuess::guess(m_header, m_table)) {
            const bool used =
                std::any_of(chosen.begin(), chosen.end(), [&](const auto &c) { return c.second == guess.second; });
            if (!used)
                chosen.insert(guess);
        }
        for (const auto &[field, box] : m_combos) {
            const QSignalBlocker block(box);
            box->clear();
            box->addItem(tr("(not imported)"), QString());
            for (const std::string &column : m_header)
                box->addItem(FormText::of(column), FormText::of(column));
            const auto it = chosen.find(field);
            box->setCurrentIndex(it == chosen.end() ? 0 : std::max(0, box->findData(FormText::of(it->second))));
            box->setEnabled(!m_header.empty());
        }
    }
    const int rows = static_cast<int>(std::min<std::size_t>(table.records().size(), SampleRows));
    m_sampleTitle->setText(tr("The first rows of %1:").arg(QFileInfo(FormText::of(table.file())).fileName()));
    m_sample->clear();
    m_sample->setColumnCount(static_cast<int>(m_header.size()));
    m_sample->setRowCount(rows);
    QStringList headers;
    for (const std::string &column : m_header)
        headers << FormText::of(column);
    m_sample->setHorizontalHeaderLabels(headers);
    QStringList lines;
    for (int row = 0; row < rows; ++row) {
        const CsvTable::Record &record = table.records()[static_cast<std::size_t>(row)];
        lines << QString::number(record.line);
        for (std::size_t column = 0; column < record.cells.size() && column < m_header.size(); ++column) {
            // QTableWidgetItem shows its text as it is: a cell's markup is never rendered.
            auto *item = new QTableWidgetItem(FormText::of(record.cells[column]));
            item->setToolTip(Qt::convertFromPlainText(item->text(), Qt::WhiteSpaceNormal));
            m_sample->setItem(row, static_cast<int>(column), item);
        }
    }
    m_sample->setVerticalHeaderLabels(lines); // the file's line numbers
    m_sample->resizeColumnsToContents();
    for (int column = 0; column < m_sample->columnCount(); ++column)
        m_sample->setColumnWidth(column, std::min(m_sample->columnWidth(column), 260));
    emit changed();
}

std::map<std::string, std::string> ImportColumnMap::mapping() const
{
    std::map<std::string, std::string> result;
    for (const auto &[field, box] : m_combos)
        result[field] = box->currentData().toString().toStdString();
    return result;
}

bool ImportColumnMap::isMapped(const std::string &field) const
{
    const QComboBox *box = combo(field);
    return box != nullptr && !box->currentData().toString().isEmpty();
}

QComboBox *ImportColumnMap::combo(const std::string &field) const
{
    for (const auto &[name, box] : m_combos) {
        if (name == field)
            return box;
    }
    return nullptr;
}

} // namespace tiescope
