// SPDX-License-Identifier: MIT
#include "interchange/csvrows.h"

#include <algorithm>

#include "interchange/columnguess.h"
#include "interchange/csvtable.h"

namespace tiescope {

namespace {

std::vector<std::string> identity(const CsvTable &table, std::map<std::string, std::string> &mapping)
{
    for (const std::string &column : table.header())
        mapping[column] = column;
    return table.header();
}

void readTable(const std::filesystem::path &file, const ImportSpec &spec, std::map<std::string, std::string> &mapping,
               ColumnGuess::Table kind, std::vector<ImportRow> &rows, std::vector<ImportIssue> &issues)
{
    const CsvTable table = CsvTable::read(file, spec);
    issues.insert(issues.end(), table.issues().begin(), table.issues().end());
    // The guess fills in the fields the mapping leaves out, from the columns it does not use.
    for (const auto &[field, column] : ColumnGuess::guess(table.header(), kind)) {
        // An init-capture: clang 14 (the fuzz preset) cannot capture a structured binding.
        const bool used = std::any_of(mapping.begin(), mapping.end(),
                                      [&guessed = column](const auto &m) { return m.second == guessed; });
        if (!used)
            mapping.emplace(field, column);
    }
    CsvRows::map(table, mapping, ColumnGuess::fields(kind), rows, issues);
}

} // namespace

ImportRows CsvRows::read(ImportSpec &spec)
{
    ImportRows rows;
    if (!spec.entities.empty())
        readTable(spec.entities, spec, spec.entityColumns, ColumnGuess::Table::Entities, rows.entities, rows.issues);
    if (!spec.ties.empty())
        readTable(spec.ties, spec, spec.tieColumns, ColumnGuess::Table::Ties, rows.ties, rows.issues);
    const std::pair<const std::filesystem::path *, std::vector<ImportRow> *> extra[] = {
        {&spec.sources, &rows.sources}, {&spec.citations, &rows.citations}};
    for (const auto &[file, into] : extra) {
        if (file->empty())
            continue;
        const CsvTable table = CsvTable::read(*file, spec);
        rows.issues.insert(rows.issues.end(), table.issues().begin(), table.issues().end());
        std::map<std::string, std::string> mapping;
        const std::vector<std::string> fields = identity(table, mapping);
        map(table, mapping, fields, *into, rows.issues);
    }
    return rows;
}

void CsvRows::map(const CsvTable &table, const std::map<std::string, std::string> &mapping,
                  const std::vector<std::string> &fields, std::vector<ImportRow> &rows,
                  std::vector<ImportIssue> &issues)
{
    std::vector<std::pair<std::string, std::size_t>> columns; // field, column index
    const std::size_t headerLine = table.records().empty() ? 1 : std::min<std::size_t>(1, table.records().front().line);
    for (const auto &[field, column] : mapping) {
        if (column.empty())
            continue; // left out on purpose
        if (std::find(fields.begin(), fields.end(), field) == fields.end()) {
            issues.push_back(
                {table.file(), headerLine, column, "mapped to \"" + field + "\", which is no TieScope field"});
            continue;
        }
        const auto &header = table.header();
        const auto it = std::find(header.begin(), header.end(), column);
        if (it == header.end()) {
            if (!header.empty())
                issues.push_back(
                    {table.file(), headerLine, column, "no such column in the header (mapped to \"" + field + "\")"});
            continue;
        }
        columns.emplace_back(field, static_cast<std::size_t>(it - header.begin()));
    }
    for (const CsvTable::Record &record : table.records()) {
        ImportRow row{table.file(), record.line, {}, {}};
        for (const auto &[field, index] : columns)
            row.set(field, record.cells[index], table.columnName(index));
        rows.push_back(std::move(row));
    }
}

} // namespace tiescope
