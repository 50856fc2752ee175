// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "interchange/importissue.h"
#include "interchange/importspec.h"

namespace tiescope {

// A CSV file read with libcsv (RFC 4180: quoted fields may hold the delimiter, quotes doubled,
// line ends), decoded to UTF-8 first: the header (or "1", "2", ... without one) and every
// record with the line it starts on. Whatever cannot be read is an issue naming the file,
// line and column, and reading goes on with the next line: an unbalanced quote, a record with
// the wrong number of columns, binary data, text that is not in the chosen encoding, a field
// past MaxFieldBytes, an empty file. Nothing throws; a file that cannot be opened is an issue.
class CsvTable final
{
public:
    // Fields are bounded so that a runaway quote or a pasted blob cannot take the memory.
    static constexpr std::size_t MaxFieldBytes = std::size_t{1} << 20;
    // After this many issues a file is not read further (it is then not a CSV of this shape).
    static constexpr std::size_t MaxIssues = 1000;

    struct Record
    {
        std::size_t line = 0;
        std::vector<std::string> cells;
    };

    // Each record as it is read, with the table so far (its header, file and issues).
    using RecordSink = std::function<void(const CsvTable &table, Record &record)>;

    [[nodiscard]] static CsvTable read(const std::filesystem::path &file, const ImportSpec &options);
    // The same with every record given to `sink` instead of kept (records() stays empty), so a
    // large file's records are never all in memory at once.
    [[nodiscard]] static CsvTable read(const std::filesystem::path &file, const ImportSpec &options,
                                       const RecordSink &sink);
    // The same on text already in memory (tests, the wizard's preview); `file` names it.
    [[nodiscard]] static CsvTable parse(std::string bytes, const std::string &file, const ImportSpec &options);

    [[nodiscard]] const std::string &file() const { return m_file; }
    [[nodiscard]] const std::vector<std::string> &header() const { return m_header; }
    [[nodiscard]] const std::vector<Record> &records() const { return m_records; }
    [[nodiscard]] const std::vector<ImportIssue> &issues() const { return m_issues; }
    // The header's name of a column (its position, 1-based, when there is none).
    [[nodiscard]] std::string columnName(std::size_t column) const;

private:
    class Parser;

    [[nodiscard]] static CsvTable parse(std::string bytes, const std::string &file, const ImportSpec &options,
                                        const RecordSink *sink);
    void issue(std::size_t line, std::string column, std::string reason);
    void addRecord(std::size_t line, std::vector<std::string> cells);

    std::string m_file;
    bool m_hasHeader = true;
    std::vector<std::string> m_header;
    std::vector<Record> m_records;
    std::vector<ImportIssue> m_issues;
    const RecordSink *m_sink = nullptr; // while parsing with a sink
};

} // namespace tiescope
