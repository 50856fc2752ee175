// SPDX-License-Identifier: MIT
#include "io/snapshotreader.h"

#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "io/snapshotbuilder.h"
#include "io/snapshotwriter.h"
#include "model/inputerror.h"
#include "smallfixture.h"

using namespace tiescope;
using nlohmann::json;

namespace {

std::string goodSnapshot()
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    Snapshot snapshot = SnapshotBuilder::build(GraphView(graph), FilterSpec{}, "test", "2025-05-01T12:00:00Z");
    snapshot.positions["serbia"] = Point{1.0, 2.0};
    Snapshot::View view;
    view.selectedEntities = {"serbia"};
    view.selectedTies = {"serbia-pfp"};
    snapshot.view = view;
    std::ostringstream out;
    SnapshotWriter::write(snapshot, out);
    return out.str();
}

// The InputError message for reading `text`, or "" when it was accepted. Any other exception
// fails the test.
std::string readError(const std::string &text)
{
    std::istringstream in(text);
    try {
        (void)SnapshotReader::read(in, "in.json");
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), "in.json");
        const std::string message = error.what();
        EXPECT_EQ(message.find('\n'), std::string::npos) << message;
        return message;
    }
    return {};
}

// Every location in a JSON document as a JSON pointer.
void pointers(const json &value, const json::json_pointer &at, std::vector<json::json_pointer> &out)
{
    out.push_back(at);
    if (value.is_object()) {
        for (const auto &[key, item] : value.items())
            pointers(item, at / key, out);
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            pointers(value[i], at / i, out);
    }
}

} // namespace

TEST(SnapshotReader, AcceptsTheGoodSnapshot)
{
    EXPECT_EQ(readError(goodSnapshot()), "");
}

TEST(SnapshotReader, RejectsGarbageWithOneLine)
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {"", "invalid JSON"},
        {"   ", "invalid JSON"},
        {"null", "must be a JSON object"},
        {"[]", "must be a JSON object"},
        {"\"tiescope-snapshot\"", "must be a JSON object"},
        {"{", "invalid JSON"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 1", "invalid JSON"},
        {"\xff\xfe{}", "invalid JSON"},
        {"{\"format\": \"tiescope-snapshot\x01\"}", "invalid JSON"},
        {"{}", "not a TieScope snapshot"},
        {"{\"format\": \"tiescope-dataset\", \"format_version\": 1}", "not a TieScope snapshot"},
        {"{\"format\": \"tiescope-snapshot\"}", "unsupported format_version null"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 4}", "unsupported format_version 4"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 1.5}", "unsupported format_version 1.5"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": \"1\"}", "unsupported format_version \"1\""},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 18446744073709551617}", "unsupported format_version"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 18446744073709551615}", "unsupported format_version"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": -9223372036854775809}", "unsupported format_version"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 1e400}", "invalid JSON"},
        {"{\"format\": \"tiescope-snapshot\", \"format_version\": 1}", "missing required field"},
    };
    for (const auto &[text, expected] : cases) {
        const std::string message = readError(text);
        EXPECT_NE(message.find(expected), std::string::npos) << "input: " << text << "\nmessage: " << message;
    }
}

TEST(SnapshotReader, SurvivesDeepNesting)
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    EXPECT_NE(readError(deep), "");
    std::string deepObject = goodSnapshot();
    deepObject.insert(deepObject.rfind('}'), ", \"extra\": " + std::string(50000, '[') + std::string(50000, ']'));
    // Refused while parsing (BoundedJson), before any field is looked at.
    EXPECT_EQ(readError(deepObject), "in.json: invalid JSON: parse error: nested deeper than 100 levels");
}

TEST(SnapshotReader, NamesTheLocationOfTheProblem)
{
    json j = json::parse(goodSnapshot());
    j["ties"][2]["citations"][0]["grade"] = "Z9";
    EXPECT_EQ(readError(j.dump()), "in.json: ties[2].citations[0].grade: \"Z9\" is not an Admiralty grade (A1..F6)");
    j = json::parse(goodSnapshot());
    j["entities"][1]["aliases"] = "Russia";
    EXPECT_EQ(readError(j.dump()), "in.json: entities[1].aliases: must be an array, found a string");
    j = json::parse(goodSnapshot());
    j["filter"]["colour"] = "red";
    EXPECT_EQ(readError(j.dump()), "in.json: filter: unknown field \"colour\"");
}

TEST(SnapshotReader, RejectsDanglingReferencesAndDuplicates)
{
    const auto broken = [](const std::function<void(json &)> &edit) {
        json j = json::parse(goodSnapshot());
        edit(j);
        return readError(j.dump());
    };
    EXPECT_NE(broken([](json &j) { j["ties"][0]["from"] = "atlantis"; }).find("\"atlantis\" is not one of the snapshot's entitys"),
              std::string::npos);
    EXPECT_NE(broken([](json &j) { j["ties"][0]["citations"][0]["source"] = "gossip"; }).find("sources"),
              std::string::npos);
    EXPECT_NE(broken([](json &j) { j["positions"]["atlantis"] = json::array({0, 0}); }).find("positions[\"atlantis\"]"),
              std::string::npos);
    EXPECT_NE(broken([](json &j) { j["view"]["selection"]["ties"] = json::array({"nope"}); }).find("view.selection.ties[0]"),
              std::string::npos);
    EXPECT_NE(broken([](json &j) { j["entities"].push_back(j["entities"][0]); }).find("duplicate entity id \"serbia\""),
              std::string::npos);
    EXPECT_NE(broken([](json &j) { j["view"]["pinned"] = json::array({"serbia", "serbia"}); }).find("duplicate"),
              std::string::npos);
    EXPECT_NE(broken([](json &j) { j["ties"][0]["end"] = "1900"; }).find("ends before it starts"), std::string::npos);
    EXPECT_NE(broken([](json &j) { j["view"]["zoom"] = -1; }).find("view.zoom: must be positive"), std::string::npos);
    EXPECT_NE(broken([](json &j) { j["positions"]["serbia"] = json::array({1e308, "x"}); }).find("positions[\"serbia\"][1]"),
              std::string::npos);
}

TEST(SnapshotReader, EveryValueReplacedByEveryTypeIsAcceptedOrRejectedCleanly)
{
    const json good = json::parse(goodSnapshot());
    std::vector<json::json_pointer> locations;
    pointers(good, json::json_pointer(), locations);
    const std::vector<json> replacements{nullptr, true, 0, -1, 18446744073709551615ULL, 1e308, "", "Serbia",
                                         json::array(), json::object(), json::array({1, 2})};
    std::size_t rejected = 0;
    for (const auto &location : locations) {
        if (location.empty())
            continue;
        for (const json &replacement : replacements) {
            json mutated = good;
            mutated[location] = replacement;
            if (!readError(mutated.dump()).empty())
                ++rejected;
        }
    }
    // Most replacements break the format; the test is that none crashed or threw anything else.
    EXPECT_GT(rejected, locations.size() * replacements.size() / 2);
}

TEST(SnapshotReader, EveryTruncationIsRejected)
{
    const std::string text = goodSnapshot();
    for (std::size_t length = 0; length + 2 < text.size(); length += 7)
        EXPECT_NE(readError(text.substr(0, length)), "") << "accepted a prefix of " << length << " bytes";
}
