// SPDX-License-Identifier: MIT
#include "io/boundedjson.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "datasetcopy.h"
#include "interchange/importspec.h"
#include "io/datasetreader.h"
#include "io/jsontext.h"
#include "io/snapshotreader.h"
#include "model/inputerror.h"
#include "tempdir.h"
#include "testfiles.h"

using namespace tiescope;

namespace {

std::string nested(int depth, const std::string &inner = "0")
{
    return std::string(static_cast<std::size_t>(depth), '[') + inner +
           std::string(static_cast<std::size_t>(depth), ']');
}

const std::string TooDeep = "nested deeper than 100 levels";

TEST(BoundedJson, AcceptsMaxDepthAndRefusesOneMore)
{
    EXPECT_EQ(BoundedJson::parse<nlohmann::json>(nested(BoundedJson::MaxDepth)), nlohmann::json::parse(nested(100)));
    try {
        (void)BoundedJson::parse<nlohmann::ordered_json>(nested(BoundedJson::MaxDepth + 1));
        FAIL() << "101 levels were read";
    } catch (const nlohmann::json::parse_error &error) {
        EXPECT_EQ(JsonText::parseError(error), "parse error: " + TooDeep);
    }
    // Objects count as levels too; without exceptions the value is discarded.
    std::string objects;
    for (int i = 0; i <= BoundedJson::MaxDepth; ++i)
        objects += R"({"a":)";
    objects += "1" + std::string(BoundedJson::MaxDepth + 1, '}');
    EXPECT_TRUE(BoundedJson::parse<nlohmann::json>(objects, false).is_discarded());
    // Other syntax errors stay what they were.
    EXPECT_TRUE(BoundedJson::parse<nlohmann::json>("[1,", false).is_discarded());
    EXPECT_THROW((void)BoundedJson::parse<nlohmann::json>("[1,"), nlohmann::json::parse_error);
}

// The scan that sends shallow text to the plain parser counts brackets as the lexer sees them:
// not inside strings (escaped quotes included), and a syntax error gives the parser's own text.
TEST(BoundedJson, TheShallowPathCountsOnlyTheBracketsOutsideStrings)
{
    const std::string brackets = "\"\\\"" + std::string(300, '[') + "\"";
    EXPECT_TRUE(BoundedJson::nestsWithin(nested(1, brackets), 1));
    EXPECT_EQ(BoundedJson::parse<nlohmann::json>(nested(3, brackets)), nlohmann::json::parse(nested(3, brackets)));
    EXPECT_FALSE(BoundedJson::nestsWithin(nested(2), 1));
    EXPECT_TRUE(BoundedJson::nestsWithin(nested(2), 2));
    const std::string broken = "[1, }" + nested(200);
    try {
        (void)BoundedJson::parse<nlohmann::json>(broken);
        FAIL() << "a syntax error was read";
    } catch (const nlohmann::json::parse_error &error) {
        try {
            (void)nlohmann::json::parse(broken);
        } catch (const nlohmann::json::parse_error &plain) {
            EXPECT_STREQ(error.what(), plain.what());
        }
    }
}

// A million '[' in a table is one problem naming the file, not a walk a million levels deep.
TEST(BoundedJson, ADatasetTableNestedTooDeepIsOneProblem)
{
    const fixtures::DatasetCopy copy;
    copy.writeRaw("ties", "[{\"id\": \"t\", \"from\": " + nested(1000000) + "}]");
    const DatasetReader::Result result = DatasetReader::read(copy.folder());
    ASSERT_EQ(result.problems.size(), 1U) << result.problems.front().toString();
    EXPECT_EQ(result.problems.front().file, copy.file("ties"));
    EXPECT_EQ(result.problems.front().message, "invalid JSON: parse error: " + TooDeep);
}

TEST(BoundedJson, ASnapshotNestedTooDeepIsRefusedWithTheReason)
{
    std::istringstream in(R"({"format": "tiescope-snapshot", "generator": )" + nested(1000000) + "}");
    try {
        (void)SnapshotReader::read(in, "deep.json");
        FAIL() << "a snapshot nested a million deep was read";
    } catch (const InputError &error) {
        EXPECT_EQ(std::string(error.what()), "deep.json: invalid JSON: parse error: " + TooDeep);
    }
}

TEST(BoundedJson, AnImportSpecNestedTooDeepIsRefusedWithTheReason)
{
    const fixtures::TempDir dir;
    fixtures::writeFile(dir.file("spec.json"), R"({"format": "csv", "new_source": )" + nested(1000000) + "}");
    try {
        (void)ImportSpec::read(dir.file("spec.json"));
        FAIL() << "a spec nested a million deep was read";
    } catch (const InputError &error) {
        EXPECT_NE(std::string(error.what()).find(TooDeep), std::string::npos) << error.what();
    }
}

} // namespace
