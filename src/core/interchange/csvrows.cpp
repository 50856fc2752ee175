// SPDX-License-Identifier: MIT
#include "interchange/csvrows.h"

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include "interchange/columnguess.h"
#include "interchange/csvtable.h"

namespace tiescope {

namespace {

using Columns = std::vector<std::pair<std::string, std::size_t>>; // field, column index
using RowSink = std::function<void(ImportRow &&)>;

// The columns a mapping takes from a table's header; a mapped column the header lacks and a
// field TieScope does not have are issues on the header line.
Columns columnsOf(const CsvTable &table, const std::map<std::string, std::string> &mapping,
                  const std::vector<std::string> &fields, std::vector<ImportIssue> &issues)
{
    Columns columns;
    constexpr std::size_t headerLine = 1;
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
    return columns;
}

ImportRow rowOf(const CsvTable &table, CsvTable::Record &record, const Columns &columns,
                const std::shared_ptr<ImportNames> &names)
{
    ImportRow row(table.file(), record.line, names, columns.size());
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const std::size_t index = it->second;
        // A cell is moved into its field unless another field maps the same column later.
        const bool again = std::any_of(it + 1, columns.end(), [index](const auto &c) { return c.second == index; });
        row.set(it->first, again ? record.cells[index] : std::move(record.cells[index]), table.columnName(index));
    }
    return row;
}

// Reads one file, its records mapped as they are read (the header known by then). The mapping
// is made from the header before the first row, or at the end for a file without rows; `guess`
// completes it from the header first. The file's issues: the reader's, then the mapping's.
void streamTable(const std::filesystem::path &file, const ImportSpec &spec, std::map<std::string, std::string> &mapping,
                 const std::function<std::vector<std::string>(const CsvTable &)> &guess, const RowSink &sink,
                 std::vector<ImportIssue> &issues)
{
    std::optional<Columns> columns;
    const auto names = std::make_shared<ImportNames>();
    std::vector<ImportIssue> mappingIssues;
    const auto mapHeader = [&](const CsvTable &table) {
        if (!columns)
            columns = columnsOf(table, mapping, guess(table), mappingIssues);
    };
    const CsvTable table = CsvTable::read(file, spec, [&](const CsvTable &read, CsvTable::Record &record) {
        mapHeader(read);
        sink(rowOf(read, record, *columns, names));
    });
    mapHeader(table);
    issues.insert(issues.end(), table.issues().begin(), table.issues().end());
    issues.insert(issues.end(), mappingIssues.begin(), mappingIssues.end());
}

// The guess fills in the fields the mapping leaves out, from the columns it does not use.
std::function<std::vector<std::string>(const CsvTable &)> guessed(std::map<std::string, std::string> &mapping,
                                                                  ColumnGuess::Table kind)
{
    return [&mapping, kind](const CsvTable &table) {
        for (const auto &[field, column] : ColumnGuess::guess(table.header(), kind)) {
            // An init-capture: clang 14 (the fuzz preset) cannot capture a structured binding.
            const bool used = std::any_of(mapping.begin(), mapping.end(),
                                          [&guessed = column](const auto &m) { return m.second == guessed; });
            if (!used)
                mapping.emplace(field, column);
        }
        return ColumnGuess::fields(kind);
    };
}

// A TieScope export's own files are read by their column names.
std::function<std::vector<std::string>(const CsvTable &)> identity(std::map<std::string, std::string> &mapping)
{
    return [&mapping](const CsvTable &table) {
        for (const std::string &column : table.header())
            mapping[column] = column;
        return table.header();
    };
}

} // namespace

ImportRows CsvRows::read(ImportSpec &spec)
{
    ImportRows rows;
    stream(spec, rows);
    return rows;
}

void CsvRows::stream(ImportSpec &spec, ImportRowSink &sink)
{
    // Read in the order the planner needs them; the issues are listed as the files are named.
    std::vector<ImportIssue> entityIssues, tieIssues, sourceIssues, citationIssues;
    std::map<std::string, std::string> sourceColumns, citationColumns;
    if (!spec.sources.empty())
        streamTable(spec.sources, spec, sourceColumns, identity(sourceColumns),
                    [&sink](ImportRow &&row) { sink.source(std::move(row)); }, sourceIssues);
    if (!spec.citations.empty())
        streamTable(spec.citations, spec, citationColumns, identity(citationColumns),
                    [&sink](ImportRow &&row) { sink.citation(std::move(row)); }, citationIssues);
    if (!spec.entities.empty())
        streamTable(spec.entities, spec, spec.entityColumns, guessed(spec.entityColumns, ColumnGuess::Table::Entities),
                    [&sink](ImportRow &&row) { sink.entity(std::move(row)); }, entityIssues);
    if (!spec.ties.empty())
        streamTable(spec.ties, spec, spec.tieColumns, guessed(spec.tieColumns, ColumnGuess::Table::Ties),
                    [&sink](ImportRow &&row) { sink.tie(std::move(row)); }, tieIssues);
    std::vector<ImportIssue> issues = std::move(entityIssues);
    for (auto *more : {&tieIssues, &sourceIssues, &citationIssues})
        issues.insert(issues.end(), std::make_move_iterator(more->begin()), std::make_move_iterator(more->end()));
    sink.readIssues(std::move(issues));
}

void CsvRows::map(const CsvTable &table, const std::map<std::string, std::string> &mapping,
                  const std::vector<std::string> &fields, std::vector<ImportRow> &rows,
                  std::vector<ImportIssue> &issues)
{
    const Columns columns = columnsOf(table, mapping, fields, issues);
    const auto names = std::make_shared<ImportNames>();
    for (const CsvTable::Record &record : table.records()) {
        CsvTable::Record copy = record;
        rows.push_back(rowOf(table, copy, columns, names));
    }
}

} // namespace tiescope
