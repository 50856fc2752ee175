// SPDX-License-Identifier: MIT
// Reading spreadsheets: RFC 4180 through libcsv, encodings, the mapping guess, date formats,
// keys, the spec file, and every kind of bad input as a report row naming file, line, column.

#include "interchange/csvtable.h"

#include <gtest/gtest.h>

#include "interchange/columnguess.h"
#include "interchange/csvrows.h"
#include "interchange/importdates.h"
#include "interchange/importkey.h"
#include "interchange/importspec.h"
#include "model/inputerror.h"
#include "tempdir.h"
#include "testfiles.h"

namespace tiescope {
namespace {


CsvTable parse(const std::string &text, ImportSpec options = {})
{
    return CsvTable::parse(text, "t.csv", options);
}

bool reports(const CsvTable &table, std::size_t line, const std::string &words)
{
    for (const ImportIssue &issue : table.issues()) {
        if (issue.line == line && issue.reason.find(words) != std::string::npos && issue.file == table.file())
            return true;
    }
    return false;
}

TEST(CsvTable, ReadsQuotedFieldsAndCountsLinesAcrossThem)
{
    const CsvTable table = parse("id,note\r\na,\"x, \"\"quoted\"\"\"\r\nb,\"two\nlines\"\r\nc, spaced \r\n");
    ASSERT_TRUE(table.issues().empty()) << table.issues().front().toString();
    ASSERT_EQ(table.records().size(), 3u);
    EXPECT_EQ(table.header(), (std::vector<std::string>{"id", "note"}));
    EXPECT_EQ(table.records()[0].cells[1], "x, \"quoted\"");
    EXPECT_EQ(table.records()[1].cells[1], "two\nlines");
    EXPECT_EQ(table.records()[1].line, 3u);
    EXPECT_EQ(table.records()[2].line, 5u);             // after the two-line record
    EXPECT_EQ(table.records()[2].cells[1], " spaced "); // RFC 4180: spaces are data
}

TEST(CsvTable, DropsTheByteOrderMarkAndTranscodesWindows1252)
{
    ImportSpec options;
    EXPECT_EQ(CsvTable::read(fixtures::ImportDir + "bom.csv", options).header().front(), "id");
    options.delimiter = ';';
    options.encoding = ImportSpec::Encoding::Windows1252;
    const CsvTable table = CsvTable::read(fixtures::ImportDir + "edgelist-1252.csv", options);
    ASSERT_TRUE(table.issues().empty());
    ASSERT_EQ(table.records().size(), 2u);
    EXPECT_EQ(table.records()[0].cells[0], "Magyar K\xC3\xB6z\xC3\xBAt");            // 0xF6 o-umlaut, 0xFA u-acute
    EXPECT_EQ(table.records()[0].cells[6], "Gas; \xE2\x80\x9Cpriority\xE2\x80\x9D"); // 0x93 0x94: curly quotes
}

TEST(CsvTable, TheSameWindows1252FileReadAsUtf8IsABadRowNotMojibake)
{
    ImportSpec options;
    options.delimiter = ';';
    const CsvTable table = CsvTable::read(fixtures::ImportDir + "edgelist-1252.csv", options);
    EXPECT_TRUE(reports(table, 2, "not UTF-8 text"));
    EXPECT_EQ(table.records().size(), 1u);
}

TEST(CsvTable, AnUnbalancedQuoteIsReportedAndTheRowsAfterItAreStillRead)
{
    const CsvTable table = parse("id,name\na,\"open\nb,B\nc,C\n");
    EXPECT_TRUE(reports(table, 2, "unbalanced quote"));
    ASSERT_EQ(table.records().size(), 2u);
    EXPECT_EQ(table.records()[0].cells[0], "b");
    EXPECT_EQ(table.records()[0].line, 3u);

    const CsvTable stray = parse("id,name\na,b\"c\nd,D\n");
    EXPECT_TRUE(reports(stray, 2, "unbalanced quote"));
    ASSERT_EQ(stray.records().size(), 1u);
    EXPECT_EQ(stray.records()[0].cells[0], "d");
}

TEST(CsvTable, WrongColumnCountsEmptyFilesAndBinaryJunkAreReported)
{
    const CsvTable counts = parse("id,name\na\nb,B,extra\nc,C\n");
    EXPECT_TRUE(reports(counts, 2, "1 column, the header has 2"));
    EXPECT_TRUE(reports(counts, 3, "3 columns, the header has 2"));
    EXPECT_EQ(counts.records().size(), 1u);

    EXPECT_TRUE(reports(parse(""), 0, "empty"));
    EXPECT_TRUE(reports(parse("\xEF\xBB\xBF\r\n\r\n"), 0, "empty"));
    EXPECT_TRUE(reports(parse(std::string("PK\x03\x04\0\0\x08\0junk", 12)), 0, "not a text file"));
    EXPECT_TRUE(reports(parse("id,name\na,\x01\x02\x7f\n"), 2, "binary data"));
    fixtures::TempDir dir;
    EXPECT_TRUE(reports(CsvTable::read(dir.file("missing.csv"), {}), 0, "cannot open"));
}

TEST(CsvTable, AHundredMegabyteFieldIsRefusedWithoutHoldingIt)
{
    std::string text = "id,name\na,\"";
    text.append(100u << 20, 'x');
    text += "\"\nb,B\n";
    const CsvTable table = parse(std::move(text));
    EXPECT_TRUE(reports(table, 2, "a field longer than 1 MiB"));
    ASSERT_EQ(table.records().size(), 1u);
    EXPECT_EQ(table.records()[0].cells[0], "b");
}

TEST(CsvTable, OtherDelimitersQuotesAndNoHeader)
{
    ImportSpec options;
    options.delimiter = '\t';
    options.quote = '\'';
    options.header = false;
    const CsvTable table = parse("a\t'x\ty'\nb\tz\n", options);
    ASSERT_EQ(table.records().size(), 2u);
    EXPECT_EQ(table.header(), (std::vector<std::string>{"1", "2"}));
    EXPECT_EQ(table.records()[0].cells[1], "x\ty");
}

TEST(ColumnGuess, ReadsHeadersTheWayAnAnalystWritesThem)
{
    const auto ties = ColumnGuess::guess({"Source", "Target", "Relation Type", "WEIGHT", "start_date", "Until", "x"},
                                         ColumnGuess::Table::Ties);
    EXPECT_EQ(ties.at("from"), "Source");
    EXPECT_EQ(ties.at("to"), "Target");
    EXPECT_EQ(ties.at("relation"), "Relation Type");
    EXPECT_EQ(ties.at("strength"), "WEIGHT");
    EXPECT_EQ(ties.at("start"), "start_date");
    EXPECT_EQ(ties.at("end"), "Until");
    EXPECT_EQ(ties.size(), 6u);
    const auto entities = ColumnGuess::guess({"Key", "Label", "Type", "Country Code"}, ColumnGuess::Table::Entities);
    EXPECT_EQ(entities.at("id"), "Key");
    EXPECT_EQ(entities.at("name"), "Label");
    EXPECT_EQ(entities.at("kind"), "Type");
    EXPECT_EQ(entities.at("country"), "Country Code");
    const auto both = ColumnGuess::guess({"from", "to", "source"}, ColumnGuess::Table::Ties);
    EXPECT_EQ(both.at("from"), "from");
    EXPECT_EQ(both.at("source"), "source"); // the citation's, "from" being taken
}

TEST(CsvRows, TheMappingChosenOverridesTheGuessAndAnUnknownColumnIsReported)
{
    ImportSpec spec;
    spec.ties = fixtures::ImportDir + "ties.csv";
    spec.tieColumns = {{"note", "Relation"}, {"end", "Nope"}};
    const ImportRows rows = CsvRows::read(spec);
    ASSERT_EQ(rows.ties.size(), 3u);
    EXPECT_EQ(rows.ties[0].value("note"), "owns");
    EXPECT_FALSE(rows.ties[0].has("relation"));    // its column is taken by the note
    EXPECT_EQ(rows.ties[0].value("from"), "acme"); // guessed
    ASSERT_EQ(rows.issues.size(), 1u);
    EXPECT_EQ(rows.issues[0].column, "Nope");
    EXPECT_EQ(spec.tieColumns.at("from"), "Source"); // the guess is part of the spec now
}

TEST(ImportDates, EachFormatGivesEdtfAndImpossibleDatesAreErrors)
{
    using F = ImportSpec::DateFormat;
    EXPECT_EQ(ImportDates::toEdtf("21.06.2014", F::DayMonthYear).edtf, "2014-06-21");
    EXPECT_EQ(ImportDates::toEdtf("06.2014", F::DayMonthYear).edtf, "2014-06");
    EXPECT_EQ(ImportDates::toEdtf("06/21/2014", F::MonthDayYear).edtf, "2014-06-21");
    EXPECT_EQ(ImportDates::toEdtf(" 2014 ", F::Year).edtf, "2014");
    EXPECT_EQ(ImportDates::toEdtf("2014~", F::Edtf).edtf, "2014~");
    EXPECT_EQ(ImportDates::toEdtf("[2014..]", F::Edtf).edtf, "[2014..]");
    EXPECT_FALSE(ImportDates::toEdtf("", F::Edtf).edtf);
    EXPECT_TRUE(ImportDates::toEdtf("", F::Edtf).error.empty());
    for (const auto &[text, format] :
         {std::pair{"31.02.2016", F::DayMonthYear}, std::pair{"13/01/2016", F::MonthDayYear},
          std::pair{"2016-13", F::Edtf}, std::pair{"1.1.16.1", F::DayMonthYear}, std::pair{"MMXIV", F::Year},
          std::pair{"21.06.2014", F::Year}}) {
        const auto result = ImportDates::toEdtf(text, format);
        EXPECT_FALSE(result.edtf) << text;
        EXPECT_NE(result.error.find(text), std::string::npos) << result.error;
    }
}

TEST(ImportKey, KeepsDatasetIdsAndMakesOthersStable)
{
    EXPECT_EQ(ImportKey::of("gazprom-neft"), "gazprom-neft");
    EXPECT_EQ(ImportKey::of("Gazprom Neft (Serbia)"), "gazprom-neft-serbia");
    EXPECT_EQ(ImportKey::of("E-17"), "e-17");
    EXPECT_EQ(ImportKey::of("Vu\xC4\x8Di\xC4\x87"), "vucic");
    EXPECT_EQ(ImportKey::of("0"), "0");
    EXPECT_EQ(ImportKey::of("!!"), "");
}

TEST(ImportSpec, WritesAndReadsBackEveryChoice)
{
    fixtures::TempDir dir;
    ImportSpec spec;
    spec.entities = dir.file("e.csv");
    spec.ties = dir.file("t.csv");
    spec.delimiter = ';';
    spec.encoding = ImportSpec::Encoding::Windows1252;
    spec.header = false;
    spec.entityColumns = {{"id", "1"}, {"name", "2"}};
    spec.tieColumns = {{"from", "1"}, {"to", "2"}, {"note", ""}};
    spec.dateFormat = ImportSpec::DateFormat::DayMonthYear;
    spec.defaultSource = "report";
    spec.defaultGrade = "B2";
    spec.defaultKind = "company";
    spec.write(dir.file("spec.json"));
    const ImportSpec back = ImportSpec::read(dir.file("spec.json"));
    EXPECT_EQ(back.toJson(), spec.toJson());
    EXPECT_EQ(back.ties, spec.ties); // stored relative to the spec, read back in place
    EXPECT_NE(fixtures::readFile(dir.file("spec.json")).find("\"t.csv\""), std::string::npos);
}

TEST(ImportSpec, ABadSpecNamesTheFileAndTheField)
{
    fixtures::TempDir dir;
    const auto fails = [&](const std::string &json, const std::string &words) {
        fixtures::writeFile(dir.file("s.json"), json);
        try {
            (void)ImportSpec::read(dir.file("s.json"));
        } catch (const InputError &error) {
            const std::string message = error.what();
            return message.find(dir.file("s.json")) != std::string::npos && message.find(words) != std::string::npos;
        }
        return false;
    };
    EXPECT_TRUE(fails("{", "not JSON"));
    EXPECT_TRUE(fails(R"({"format": "xls", "files": {"ties": "t"}})", "format must be one of csv, gexf, graphml"));
    EXPECT_TRUE(fails(R"({"format": "csv"})", "files must name"));
    EXPECT_TRUE(fails(R"({"format": "csv", "files": {"ties": "t"}, "csv": {"delimiter": ";;"}})", "csv.delimiter"));
    EXPECT_TRUE(fails(R"({"format": "csv", "files": {"ties": "t"}, "csv": {"encoding": "latin9"}})", "csv.encoding"));
    EXPECT_TRUE(fails(R"({"format": "csv", "files": {"ties": "t"}, "date_format": "dd/mm"})", "date_format"));
    EXPECT_TRUE(
        fails(R"({"format": "csv", "files": {"ties": "t"}, "columns": {"ties": {"from": 3}}})", "columns.ties.from"));
}

} // namespace
} // namespace tiescope
