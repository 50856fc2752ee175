// SPDX-License-Identifier: MIT
// Files far too large are refused with a message naming the file, before they are read into
// memory (issue 15, "Size limits"). The large files are sparse: made by resize_file, they take
// no disk and, as every reader measures a file before reading it, no time.
#include "model/inputlimits.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "interchange/csvtable.h"
#include "interchange/gexfreader.h"
#include "interchange/importspec.h"
#include "io/datasetreader.h"
#include "io/snapshotreader.h"
#include "model/inputerror.h"
#include "store/loadcontrol.h"
#include "store/store.h"
#include "smallfixture.h"
#include "tempdir.h"

namespace tiescope {
namespace {

using fixtures::TempDir;

std::string sparseFile(const TempDir &dir, const std::string &name, std::uint64_t bytes)
{
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << "{";
    std::filesystem::resize_file(path, bytes);
    return path;
}

TEST(InputLimits, ReadsAStreamUpToTheLimitAndNothingPastIt)
{
    std::istringstream small("0123456789");
    EXPECT_EQ(InputLimits::readAtMost(small, 10), "0123456789");
    std::istringstream large("0123456789");
    EXPECT_EQ(InputLimits::readAtMost(large, 9), std::nullopt);
    std::istringstream empty;
    EXPECT_EQ(InputLimits::readAtMost(empty, 0), "");
}

TEST(InputLimits, AStreamThatCannotSeekIsReadOnlyUpToTheLimit)
{
    // A pipe-like stream: every seek fails, so only the bounded read can refuse it.
    class NoSeek final : public std::stringbuf
    {
    public:
        using std::stringbuf::stringbuf;

    protected:
        pos_type seekoff(off_type, std::ios_base::seekdir, std::ios_base::openmode) override { return pos_type(-1); }
    };
    NoSeek buffer(std::string(200 * 1024, 'x'));
    std::istream in(&buffer);
    EXPECT_EQ(InputLimits::readAtMost(in, 100 * 1024), std::nullopt);
    NoSeek fits(std::string("abc"));
    std::istream fitting(&fits);
    EXPECT_EQ(InputLimits::readAtMost(fitting, 100), "abc");
}

TEST(InputLimits, ACsvFileFarTooLargeIsOneIssueNamingIt)
{
    const TempDir dir;
    const std::string file = sparseFile(dir, "huge.csv", InputLimits::MaxCsvBytes + 1);
    const CsvTable table = CsvTable::read(file, ImportSpec{});
    ASSERT_EQ(table.issues().size(), 1U);
    EXPECT_EQ(table.issues()[0].file, file);
    EXPECT_NE(table.issues()[0].reason.find("larger than 1024 MB"), std::string::npos);
    EXPECT_TRUE(table.records().empty());
}

TEST(InputLimits, AGexfFileFarTooLargeIsRefusedBeforeParsing)
{
    const TempDir dir;
    const std::string file = sparseFile(dir, "huge.gexf", InputLimits::MaxXmlBytes + 1);
    const ImportRows rows = GexfReader::read(file);
    ASSERT_EQ(rows.issues.size(), 1U);
    EXPECT_EQ(rows.issues[0].file, file);
    EXPECT_NE(rows.issues[0].reason.find("larger than"), std::string::npos);
}

TEST(InputLimits, ASnapshotOrSpecFarTooLargeIsAnInputErrorNamingIt)
{
    const TempDir dir;
    const std::string snapshot = sparseFile(dir, "huge.json", InputLimits::MaxJsonBytes + 1);
    std::ifstream in(snapshot, std::ios::binary);
    try {
        (void)SnapshotReader::read(in, snapshot);
        FAIL() << "read";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), snapshot);
        EXPECT_NE(error.problem().find("larger than 512 MB"), std::string::npos);
    }
    const std::string spec = sparseFile(dir, "spec.json", InputLimits::MaxSpecBytes + 1);
    EXPECT_THROW((void)ImportSpec::read(spec), InputError);
}

TEST(InputLimits, ADatasetTableFarTooLargeIsAProblemOfThatFile)
{
    const TempDir dir;
    std::ofstream(dir.file("dataset.json"))
        << R"({"format": "tiescope-dataset", "format_version": 1, "title": "t", "version": "1", "description": ""})";
    for (const std::string_view table : DatasetReader::Tables)
        std::ofstream(dir.file(std::string(table) + ".json")) << "[]";
    sparseFile(dir, "entities.json", InputLimits::MaxJsonBytes + 1);
    const DatasetReader::Result result = DatasetReader::read(dir.path());
    bool found = false;
    for (const Problem &problem : result.problems)
        found = found || (problem.file.find("entities.json") != std::string::npos &&
                          problem.message.find("larger than") != std::string::npos);
    EXPECT_TRUE(found);
}

TEST(InputLimits, AStoreWithMoreTiesThanTheLimitIsRefusedBeforeARowIsRead)
{
    EXPECT_EQ(LoadControl{}.maxTies, InputLimits::MaxStoreTies);
    const TempDir dir;
    const std::string path = dir.file("big.db");
    const Dataset fixture = fixtures::makeSmallFixture();
    Store::create(path, fixture);
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    // The store stands in for one of five million ties and more (a file of minutes to write):
    // the limit is lowered to one tie fewer than it holds.
    double progress = 0;
    LoadControl control;
    control.progress = [&progress](double fraction) { progress = fraction; };
    control.maxTies = fixture.ties().size() - 1;
    try {
        (void)store.load(control);
        FAIL() << "loaded";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), path);
        EXPECT_EQ(error.problem(), "holds " + std::to_string(fixture.ties().size()) +
                                       " ties; TieScope opens stores of up to " + std::to_string(control.maxTies) +
                                       " ties (about 2 KB of memory each)");
    }
    EXPECT_EQ(progress, 0.0); // refused before reading
    control.maxTies = fixture.ties().size();
    EXPECT_EQ(store.load(control).ties().size(), fixture.ties().size());
    EXPECT_EQ(progress, 1.0);
}

} // namespace
} // namespace tiescope
