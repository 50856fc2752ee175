// SPDX-License-Identifier: MIT
// The registry of import formats: every format of the spec has exactly one entry, keys and
// specs agree, and ImportFiles runs the entry's reader on the files the spec names.

#include "interchange/importformats.h"

#include <set>

#include <gtest/gtest.h>

#include "interchange/importfiles.h"
#include "testfiles.h"

namespace tiescope {
namespace {

const std::string Fixtures = TIESCOPE_FIXTURES_DIR "/import/";

TEST(ImportFormats, EveryFormatHasOneEntryWithKeyLabelPatternsAndReader)
{
    std::set<ImportSpec::Format> formats;
    std::set<std::string> keys;
    for (const ImportFormat &entry : ImportFormats::all()) {
        EXPECT_TRUE(formats.insert(entry.format).second) << entry.key;
        EXPECT_TRUE(keys.insert(entry.key).second) << entry.key;
        EXPECT_FALSE(entry.label.empty()) << entry.key;
        EXPECT_FALSE(entry.patterns.empty()) << entry.key;
        EXPECT_NE(entry.read, nullptr) << entry.key;
        EXPECT_NE(entry.stream, nullptr) << entry.key;
        EXPECT_EQ(&ImportFormats::of(entry.format), &entry);
        EXPECT_EQ(ImportFormats::find(entry.key), &entry);
        EXPECT_EQ(ImportSpec::parseFormat(entry.key), entry.format);
        EXPECT_EQ(ImportSpec::toString(entry.format), entry.key);
    }
    EXPECT_EQ(formats.size(), 3u);
    EXPECT_EQ(ImportFormats::find("xlsx"), nullptr);
    EXPECT_EQ(ImportSpec::parseFormat("CSV"), std::nullopt);
}

TEST(ImportFormats, KeysForMessagesAndSynopses)
{
    EXPECT_EQ(ImportFormats::keys("|"), "csv|gexf|graphml");
    EXPECT_EQ(ImportFormats::keys(", "), "csv, gexf, graphml");
    EXPECT_EQ(ImportFormats::keysInWords(), "csv, gexf or graphml");
}

TEST(ImportFormats, CsvTakesEntitiesAndTiesTheXmlFormatsOneGraphFile)
{
    EXPECT_EQ(ImportFormats::of(ImportSpec::Format::Csv).files, ImportFormat::Files::EntitiesAndTies);
    EXPECT_EQ(ImportFormats::of(ImportSpec::Format::Gexf).files, ImportFormat::Files::Graph);
    EXPECT_EQ(ImportFormats::of(ImportSpec::Format::GraphMl).files, ImportFormat::Files::Graph);
    const auto &gexf = ImportFormats::of(ImportSpec::Format::Gexf).patterns;
    EXPECT_NE(std::find(gexf.begin(), gexf.end(), "*.gexf"), gexf.end());
}

TEST(ImportFormats, ImportFilesDispatchesToTheFormatsReader)
{
    ImportSpec csv;
    csv.entities = Fixtures + "entities.csv";
    csv.ties = Fixtures + "ties.csv";
    const ImportRows fromCsv = ImportFiles::read(csv);
    EXPECT_EQ(fromCsv.entities.size(), 3u);
    EXPECT_EQ(fromCsv.ties.size(), 3u);
    EXPECT_EQ(csv.tieColumns.at("from"), "Source"); // the CSV reader completed the mapping

    ImportSpec gexf;
    gexf.format = ImportSpec::Format::Gexf;
    gexf.ties = Fixtures + "gephi.gexf";
    const ImportRows fromGexf = ImportFiles::read(gexf);
    EXPECT_TRUE(fromGexf.issues.empty());
    EXPECT_FALSE(fromGexf.ties.empty());
    // The same file read as GraphML is refused by the GraphML reader, naming the file.
    gexf.format = ImportSpec::Format::GraphMl;
    const ImportRows asGraphml = ImportFiles::read(gexf);
    ASSERT_FALSE(asGraphml.issues.empty());
    EXPECT_NE(asGraphml.issues.front().file.find("gephi.gexf"), std::string::npos);
}

} // namespace
} // namespace tiescope
