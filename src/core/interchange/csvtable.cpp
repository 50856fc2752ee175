// SPDX-License-Identifier: MIT
#include "interchange/csvtable.h"

#include <csv.h>

#include <cstdlib>
#include <fstream>
#include <iterator>

#include "interchange/textdecoding.h"
#include "model/inputlimits.h"

namespace tiescope {

namespace {

// libcsv grows a field's buffer through this: refusing past the bound makes csv_parse stop
// with CSV_ENOMEM instead of holding a 100 MB field.
void *boundedRealloc(void *buffer, std::size_t size)
{
    if (size > CsvTable::MaxFieldBytes + 1)
        return nullptr;
    return std::realloc(buffer, size);
}

// Spaces are part of a field (RFC 4180); libcsv's default trims them.
int noSpace(unsigned char)
{
    return 0;
}

} // namespace

// One libcsv parser over the decoded text, fed line by line so every record knows its line.
class CsvTable::Parser final
{
public:
    Parser(CsvTable &table, const ImportSpec &options) : m_table(table), m_options(options) { reset(); }
    ~Parser() { csv_free(&m_parser); }
    Parser(const Parser &) = delete;
    Parser &operator=(const Parser &) = delete;

    void run(std::string_view text)
    {
        std::vector<std::string_view> lines;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = text.find('\n', start);
            const std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
            lines.push_back(text.substr(start, next - start));
            start = next;
        }
        std::size_t index = 0;
        m_recordStart = 1;
        while (m_table.m_issues.size() < MaxIssues) {
            for (; index < lines.size(); ++index) {
                m_line = index + 1;
                const std::string_view line = lines[index];
                if (csv_parse(&m_parser, line.data(), line.size(), onField, onRecord, this) != line.size())
                    break;
            }
            if (index < lines.size()) {
                // A parse error ends this record; the next line starts afresh.
                const bool tooLong = csv_error(&m_parser) != CSV_EPARSE;
                m_table.issue(m_line, column(),
                              tooLong ? "a field longer than " + std::to_string(MaxFieldBytes >> 20) +
                                            " MiB; the record is skipped"
                                      : "unbalanced quote: a quote inside an unquoted field, or "
                                        "text after a closing quote");
                restart(index + 2);
                index = m_line;
                continue;
            }
            if (csv_fini(&m_parser, onField, onRecord, this) == 0)
                return;
            // The quote opened in the record never closes: report it, then read on from the
            // line after the record's start, where the rows beyond the stray quote are.
            m_table.issue(m_recordStart, column(), "unbalanced quote: the quoted field never closes");
            index = m_recordStart;
            restart(index + 1);
        }
        m_table.issue(0, {}, "too many problems (" + std::to_string(MaxIssues) + "); the rest is not read");
    }

private:
    static void onField(void *field, std::size_t length, void *self)
    {
        auto *parser = static_cast<Parser *>(self);
        parser->m_cells.emplace_back(static_cast<const char *>(field), length);
    }
    static void onRecord(int, void *self)
    {
        auto *parser = static_cast<Parser *>(self);
        parser->m_table.addRecord(parser->m_recordStart, std::move(parser->m_cells));
        parser->m_cells.clear();
        parser->m_recordStart = parser->m_line + 1;
    }

    [[nodiscard]] std::string column() const { return m_table.columnName(m_cells.size()); }
    void reset()
    {
        csv_init(&m_parser, CSV_STRICT | CSV_STRICT_FINI);
        csv_set_delim(&m_parser, static_cast<unsigned char>(m_options.delimiter));
        csv_set_quote(&m_parser, static_cast<unsigned char>(m_options.quote));
        csv_set_space_func(&m_parser, noSpace);
        csv_set_realloc_func(&m_parser, boundedRealloc);
        csv_set_blk_size(&m_parser, 64 * 1024);
    }
    void restart(std::size_t line)
    {
        csv_free(&m_parser);
        reset();
        m_cells.clear();
        m_line = line - 1;
        m_recordStart = line;
    }

    CsvTable &m_table;
    const ImportSpec &m_options;
    csv_parser m_parser{};
    std::vector<std::string> m_cells;
    std::size_t m_line = 0;
    std::size_t m_recordStart = 1;
};

CsvTable CsvTable::read(const std::filesystem::path &file, const ImportSpec &options)
{
    return read(file, options, RecordSink());
}

CsvTable CsvTable::read(const std::filesystem::path &file, const ImportSpec &options, const RecordSink &sink)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        CsvTable table;
        table.m_file = file.string();
        table.issue(0, {}, "cannot open the file");
        return table;
    }
    std::optional<std::string> bytes = InputLimits::readAtMost(in, InputLimits::MaxCsvBytes);
    if (!bytes) {
        CsvTable table;
        table.m_file = file.string();
        table.issue(0, {}, InputLimits::tooLarge(InputLimits::MaxCsvBytes));
        return table;
    }
    return parse(std::move(*bytes), file.string(), options, sink ? &sink : nullptr);
}

CsvTable CsvTable::parse(std::string bytes, const std::string &file, const ImportSpec &options)
{
    return parse(std::move(bytes), file, options, nullptr);
}

CsvTable CsvTable::parse(std::string bytes, const std::string &file, const ImportSpec &options,
                         const RecordSink *sink)
{
    CsvTable table;
    table.m_file = file;
    table.m_hasHeader = options.header;
    if (options.encoding == ImportSpec::Encoding::Windows1252)
        bytes = TextDecoding::windows1252ToUtf8(bytes);
    const std::string_view text = TextDecoding::withoutBom(bytes);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        table.issue(0, {}, "the file is empty");
        return table;
    }
    if (text.substr(0, 4096).find('\0') != std::string_view::npos) {
        table.issue(0, {}, "is not a text file (binary data, or UTF-16 text; save it as UTF-8 CSV)");
        return table;
    }
    table.m_sink = sink;
    Parser(table, options).run(text);
    table.m_sink = nullptr;
    if (table.m_header.empty() && table.m_issues.empty())
        table.issue(0, {}, "the file has no header row");
    return table;
}

std::string CsvTable::columnName(std::size_t column) const
{
    if (column < m_header.size() && m_hasHeader)
        return m_header[column];
    return std::to_string(column + 1);
}

void CsvTable::issue(std::size_t line, std::string column, std::string reason)
{
    m_issues.push_back(ImportIssue{m_file, line, std::move(column), std::move(reason)});
}

void CsvTable::addRecord(std::size_t line, std::vector<std::string> cells)
{
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (TextDecoding::isBinary(cells[c])) {
            issue(line, columnName(c), "binary data (control characters), not text; the record is skipped");
            return;
        }
        if (!TextDecoding::isUtf8(cells[c])) {
            issue(line, columnName(c),
                  "not UTF-8 text; if the file is from Excel on Windows, import it as "
                  "windows-1252; the record is skipped");
            return;
        }
    }
    if (m_header.empty()) {
        if (m_hasHeader) {
            m_header = std::move(cells);
            return;
        }
        for (std::size_t c = 0; c < cells.size(); ++c)
            m_header.push_back(std::to_string(c + 1));
    }
    if (cells.size() != m_header.size()) {
        issue(line, {},
              std::to_string(cells.size()) + (cells.size() == 1 ? " column" : " columns") + ", the header has " +
                  std::to_string(m_header.size()) + "; the record is skipped");
        return;
    }
    Record record{line, std::move(cells)};
    if (m_sink)
        (*m_sink)(*this, record);
    else
        m_records.push_back(std::move(record));
}

} // namespace tiescope
