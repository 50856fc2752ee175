// SPDX-License-Identifier: MIT
#include "io/datasetreader.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "datasetcopy.h"
#include "smallfixture.h"

using namespace tiescope;
using fixtures::DatasetCopy;
using nlohmann::json;

namespace {

std::string allProblems(const DatasetReader::Result &result)
{
    std::string text;
    for (const Problem &problem : result.problems)
        text += problem.toString() + "\n";
    return text;
}

// The problems that mention `needle`, with the file and record they were reported against.
std::vector<Problem> problemsWith(const DatasetReader::Result &result, const std::string &needle)
{
    std::vector<Problem> found;
    for (const Problem &problem : result.problems) {
        if (problem.toString().find(needle) != std::string::npos)
            found.push_back(problem);
    }
    return found;
}

// Expects exactly one problem, against `table`.json and `record`, whose message contains `text`.
void expectOnly(const DatasetReader::Result &result, const std::string &table, const std::string &record,
                const std::string &text)
{
    ASSERT_EQ(result.problems.size(), 1U) << allProblems(result);
    const Problem &problem = result.problems.front();
    EXPECT_EQ(std::filesystem::path(problem.file).filename(), table + ".json") << problem.toString();
    EXPECT_EQ(problem.record, record) << problem.toString();
    EXPECT_NE(problem.message.find(text), std::string::npos) << problem.toString();
}

json &tieNamed(json &ties, const std::string &id)
{
    for (json &tie : ties) {
        if (tie.at("id").get<std::string>() == id)
            return tie;
    }
    throw std::runtime_error("no tie " + id);
}

} // namespace

TEST(DatasetReader, ReadsTheSmallFixtureCompletely)
{
    const DatasetReader::Result result = DatasetReader::read(TIESCOPE_FIXTURES_DIR "/datasets/small");
    ASSERT_TRUE(result.ok()) << allProblems(result);
    const Dataset &data = result.dataset;
    EXPECT_EQ(data.info().title, "Small fixture");
    EXPECT_EQ(data.info().version, "0.1");
    EXPECT_EQ(result.dataset.info().language, "en");
    EXPECT_EQ(data.domains().size(), 5U);
    EXPECT_EQ(data.domain(*data.findDomain("energy")).colour, "#d9822b");
    EXPECT_EQ(data.relation(*data.findRelation("procures")).dependent, Dependence::From);
    EXPECT_FALSE(data.relation(*data.findRelation("cooperates-with")).directed);
    EXPECT_DOUBLE_EQ(data.relation(*data.findRelation("owns")).defaultStrength, 0.9);

    const Source &other = data.source(*data.findSource("other"));
    EXPECT_EQ(other.url, "https://example.org/statement");
    EXPECT_EQ(other.publisher, "");
    EXPECT_FALSE(other.date);

    const Entity &nis = data.entity(*data.findEntity("nis"));
    EXPECT_EQ(nis.aliases, std::vector<std::string>{"Naftna Industrija Srbije"});
    EXPECT_EQ(nis.country, "RS");
    ASSERT_EQ(nis.citations.size(), 1U);
    EXPECT_EQ(nis.citations[0].grade.toString(), "B2");
    EXPECT_EQ(data.entity(*data.findEntity("nato")).country, "");

    const Tie &gpn = data.tie(*data.findTie("gpn-owns-nis"));
    ASSERT_EQ(gpn.citations.size(), 2U);
    EXPECT_EQ(data.source(gpn.citations[1].source).key, "other");
    EXPECT_EQ(gpn.citations[1].locator, "Press release");
    EXPECT_EQ(gpn.citations[1].grade.toString(), "C3");
    EXPECT_EQ(gpn.strength, 0.95);
    EXPECT_EQ(gpn.note, "Majority stake.");

    // The folder holds the same graph as the in-code fixture the other core tests use.
    const Dataset expected = fixtures::makeSmallFixture();
    ASSERT_EQ(data.ties().size(), expected.ties().size());
    for (const Tie &want : expected.ties()) {
        const auto id = data.findTie(want.key);
        ASSERT_TRUE(id) << want.key;
        const Tie &got = data.tie(*id);
        EXPECT_EQ(data.entity(got.from).key, expected.entity(want.from).key) << want.key;
        EXPECT_EQ(data.entity(got.to).key, expected.entity(want.to).key) << want.key;
        EXPECT_EQ(data.domain(got.domain).key, expected.domain(want.domain).key) << want.key;
        EXPECT_EQ(data.relation(got.relation).key, expected.relation(want.relation).key) << want.key;
        EXPECT_EQ(got.start, want.start) << want.key;
        EXPECT_EQ(got.end, want.end) << want.key;
        EXPECT_EQ(got.status, want.status) << want.key;
        EXPECT_EQ(got.citations.front().grade, want.citations.front().grade) << want.key;
    }
}

TEST(DatasetReader, MissingFolder)
{
    const auto result = DatasetReader::read("/nonexistent/tiescope/dataset");
    ASSERT_EQ(result.problems.size(), 1U);
    EXPECT_EQ(result.problems[0].toString(), "/nonexistent/tiescope/dataset: no such directory");
}

TEST(DatasetReader, MissingFile)
{
    DatasetCopy copy;
    copy.remove("ties");
    expectOnly(copy.read(), "ties", "", "missing file");
}

TEST(DatasetReader, MalformedJsonNamesLineAndColumn)
{
    DatasetCopy copy;
    copy.writeRaw("kinds", "[\n  {\"id\": \"state\", \"label\": \"State\"},\n  {\"id\": \"company\",, }\n]\n");
    const auto result = copy.read();
    expectOnly(result, "kinds", "", "invalid JSON");
    EXPECT_NE(result.problems[0].message.find("line 3, column 20"), std::string::npos) << result.problems[0].message;
}

TEST(DatasetReader, UnreadableTableDoesNotCascadeIntoUnknownIds)
{
    // Every entity refers to a kind; the one broken file must be the one problem reported.
    DatasetCopy copy;
    copy.writeRaw("kinds", "{ not json");
    expectOnly(copy.read(), "kinds", "", "invalid JSON");
}

TEST(DatasetReader, TopLevelMustBeAnArray)
{
    DatasetCopy copy;
    copy.writeRaw("domains", "{\"id\": \"energy\"}");
    expectOnly(copy.read(), "domains", "", "must hold a JSON array");
}

TEST(DatasetReader, WrongFormatName)
{
    DatasetCopy copy;
    copy.edit("dataset", [](json &d) { d["format"] = "tiescope-snapshot"; });
    expectOnly(copy.read(), "dataset", "", "expected \"tiescope-dataset\"");
}

TEST(DatasetReader, UnsupportedFormatVersion)
{
    DatasetCopy copy;
    copy.edit("dataset", [](json &d) { d["format_version"] = 2; });
    expectOnly(copy.read(), "dataset", "", "format_version 2 is not supported");
}

TEST(DatasetReader, HugeFormatVersionIsRejectedNotWrapped)
{
    DatasetCopy copy;
    copy.writeRaw("dataset", R"({"format": "tiescope-dataset", "format_version": 18446744073709551617,
        "title": "t", "version": "1", "description": "", "language": "en"})");
    const auto result = copy.read();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(std::filesystem::path(result.problems[0].file).filename(), "dataset.json");
}

TEST(DatasetReader, UnknownKind)
{
    DatasetCopy copy;
    copy.edit("entities", [](json &e) { e[0]["kind"] = "country"; });
    expectOnly(copy.read(), "entities", "entity \"serbia\"", "unknown kind \"country\"");
}

TEST(DatasetReader, UnknownDomain)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["domain"] = "military"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "unknown domain \"military\"");
}

TEST(DatasetReader, UnknownRelation)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["relation"] = "likes"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "unknown relation \"likes\"");
}

TEST(DatasetReader, UnknownEntity)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["to"] = "natto"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "field \"to\": unknown entity \"natto\"");
}

TEST(DatasetReader, UnknownSourceInACitation)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["citations"][0]["source"] = "rumour"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\" citation 1", "unknown source \"rumour\"");
}

TEST(DatasetReader, DuplicateId)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { t.push_back(t[0]); });
    const auto result = copy.read();
    expectOnly(result, "ties", "tie \"gpn-owns-nis\"", "duplicate id");
}

TEST(DatasetReader, BadIdSyntax)
{
    DatasetCopy copy;
    copy.edit("domains", [](json &d) { d[0]["id"] = "Energy_Sector"; });
    copy.edit("ties", [](json &t) {
        for (json &tie : t) {
            if (tie["domain"] == "energy")
                tie["domain"] = "Energy_Sector";
        }
    });
    expectOnly(copy.read(), "domains", "domain \"Energy_Sector\"", "is not kebab-case");
}

TEST(DatasetReader, ImpossibleDate)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["start"] = "2023-02-29"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "\"2023-02-29\" is not an EDTF date");
}

TEST(DatasetReader, LeapDayIsADate)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["start"] = "2024-02-29"; });
    EXPECT_TRUE(copy.read().ok());
}

TEST(DatasetReader, EndBeforeStart)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) {
        tieNamed(t, "russia-serbia-intel")["start"] = "2015-06";
        tieNamed(t, "russia-serbia-intel")["end"] = "2015-05-31";
    });
    expectOnly(copy.read(), "ties", "tie \"russia-serbia-intel\"", "ends (2015-05-31) before it starts (2015-06)");
}

TEST(DatasetReader, EndInTheSameCoarseYearAsStartIsFine)
{
    // "2015" ends on 2015-12-31, after a start in June of that year.
    DatasetCopy copy;
    copy.edit("ties", [](json &t) {
        tieNamed(t, "russia-serbia-intel")["start"] = "2015-06";
        tieNamed(t, "russia-serbia-intel")["end"] = "2015";
    });
    EXPECT_TRUE(copy.read().ok());
}

TEST(DatasetReader, UnknownStatus)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["status"] = "rumoured"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "\"rumoured\" is not one of");
}

TEST(DatasetReader, TieWithoutCitation)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["citations"] = json::array(); });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "has no citation");
}

TEST(DatasetReader, TieWithoutCitationsField)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp").erase("citations"); });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "has no citation");
}

TEST(DatasetReader, BadReliability)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["citations"][0]["reliability"] = "G"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\" citation 1", "\"G\" is not a source reliability grade");
}

TEST(DatasetReader, BadCredibility)
{
    DatasetCopy copy;
    copy.edit("entities", [](json &e) { e[2]["citations"][0]["credibility"] = 7; });
    expectOnly(copy.read(), "entities", "entity \"nis\" citation 1", "7 is not an information credibility grade");
}

TEST(DatasetReader, CredibilityMustBeAWholeNumber)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["citations"][0]["credibility"] = "2"; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\" citation 1", "must be a whole number, found a string");
}

TEST(DatasetReader, StrengthOutsideZeroToOne)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["strength"] = 1.5; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "strength 1.500000 is outside [0, 1]");
}

TEST(DatasetReader, DefaultStrengthOutsideZeroToOne)
{
    DatasetCopy copy;
    copy.edit("relations", [](json &r) { r[0]["default_strength"] = -0.1; });
    expectOnly(copy.read(), "relations", "relation \"owns\"", "is outside [0, 1]");
}

TEST(DatasetReader, BadColour)
{
    DatasetCopy copy;
    copy.edit("domains", [](json &d) { d[1]["colour"] = "red"; });
    expectOnly(copy.read(), "domains", "domain \"arms\"", "colour \"red\" is not of the form \"#rrggbb\"");
}

TEST(DatasetReader, BadCountry)
{
    DatasetCopy copy;
    copy.edit("entities", [](json &e) { e[0]["country"] = "Serbia"; });
    expectOnly(copy.read(), "entities", "entity \"serbia\"", "not an ISO 3166-1 alpha-2 code");
}

TEST(DatasetReader, UnknownDependence)
{
    DatasetCopy copy;
    copy.edit("relations", [](json &r) { r[0]["dependent"] = "both"; });
    expectOnly(copy.read(), "relations", "relation \"owns\"", "\"both\" is not one of");
}

TEST(DatasetReader, WrongJsonType)
{
    DatasetCopy copy;
    copy.edit("relations", [](json &r) { r[0]["directed"] = "yes"; });
    expectOnly(copy.read(), "relations", "relation \"owns\"", "field \"directed\" must be true or false, found a string");
}

TEST(DatasetReader, CredibilityMustNotBeAFraction)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["citations"][0]["credibility"] = 2.5; });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\" citation 1", "must be a whole number, found 2.5");
}

TEST(DatasetReader, RecordThatIsNotAnObject)
{
    DatasetCopy copy;
    copy.edit("kinds", [](json &k) { k.push_back(42); });
    expectOnly(copy.read(), "kinds", "kind #5", "must be an object, found a number");
}

TEST(DatasetReader, MissingRequiredField)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp").erase("from"); });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"", "missing required field \"from\"");
}

TEST(DatasetReader, RecordWithoutIdIsNamedByPosition)
{
    DatasetCopy copy;
    copy.edit("sources", [](json &s) { s[1].erase("id"); });
    // Ties citing "other" then cite an unknown source: those are real consequences, reported too.
    const auto result = copy.read();
    const auto missing = problemsWith(result, "missing required field \"id\"");
    ASSERT_EQ(missing.size(), 1U) << allProblems(result);
    EXPECT_EQ(missing[0].record, "source #2");
}

TEST(DatasetReader, UnknownFieldIsReported)
{
    DatasetCopy copy;
    copy.edit("entities", [](json &e) { e[0]["citation"] = json::array(); });
    expectOnly(copy.read(), "entities", "entity \"serbia\"", "unknown field \"citation\"");
}

TEST(DatasetReader, NullableFieldsMayBeLeftOut)
{
    DatasetCopy copy;
    copy.edit("sources", [](json &s) {
        s[0].erase("publisher");
        s[0].erase("url");
        s[0].erase("date");
    });
    copy.edit("ties", [](json &t) {
        tieNamed(t, "serbia-pfp").erase("end");
        tieNamed(t, "serbia-pfp").erase("strength");
        tieNamed(t, "serbia-pfp").erase("note");
    });
    EXPECT_TRUE(copy.read().ok()) << allProblems(copy.read());
}

TEST(DatasetReader, CollectsEveryProblemAcrossFiles)
{
    DatasetCopy copy;
    copy.edit("domains", [](json &d) { d[0]["colour"] = "#12345g"; });
    copy.edit("entities", [](json &e) { e[1]["name"] = 7; });
    copy.edit("ties", [](json &t) {
        tieNamed(t, "serbia-pfp")["status"] = "maybe";
        tieNamed(t, "russia-serbia-intel")["end"] = "2010";
        tieNamed(t, "eu-serbia-planned")["citations"] = json::array();
        tieNamed(t, "serbia-buys-mig")["start"] = "2017-13";
    });
    const auto result = copy.read();
    EXPECT_EQ(result.problems.size(), 6U) << allProblems(result);
    for (const char *needle : {"domains.json: domain \"energy\": colour", "entities.json: entity \"russia\": field \"name\"",
                               "ties.json: tie \"serbia-pfp\"", "ties.json: tie \"russia-serbia-intel\": ends",
                               "ties.json: tie \"eu-serbia-planned\": has no citation",
                               "ties.json: tie \"serbia-buys-mig\": field \"start\""})
        EXPECT_EQ(problemsWith(result, needle).size(), 1U) << needle << "\n" << allProblems(result);
}

TEST(DatasetReader, ProblemLinesStayOneLineWhateverTheData)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["to"] = "nato\n\x1b[31mFAKE: all good"; });
    const auto result = copy.read();
    ASSERT_EQ(result.problems.size(), 1U) << allProblems(result);
    const std::string line = result.problems[0].toString();
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    EXPECT_EQ(line.find('\x1b'), std::string::npos) << line;
}

TEST(DatasetReader, InvalidUtf8IsAJsonError)
{
    DatasetCopy copy;
    copy.writeRaw("kinds", "[{\"id\": \"state\", \"label\": \"St\xff\xfe\"}]");
    expectOnly(copy.read(), "kinds", "", "invalid JSON");
}

TEST(DatasetReader, ReadsRetrievedArchiveAndQuote)
{
    DatasetCopy copy;
    copy.edit("sources", [](json &s) {
        s[1]["retrieved"] = "2025-10-09";
        s[1]["archive_url"] = "https://archive.example/statement";
    });
    // 500 characters of two bytes each: the limit counts characters, not bytes.
    std::string quote;
    for (int i = 0; i < 500; ++i)
        quote += "č";
    copy.edit("ties", [&quote](json &t) { tieNamed(t, "serbia-pfp")["citations"][0]["quote"] = quote; });
    const auto result = copy.read();
    ASSERT_TRUE(result.ok()) << allProblems(result);
    const Source &other = result.dataset.source(*result.dataset.findSource("other"));
    EXPECT_EQ(other.retrieved->toString(), "2025-10-09");
    EXPECT_EQ(other.archiveUrl, "https://archive.example/statement");
    const Source &src = result.dataset.source(*result.dataset.findSource("src"));
    EXPECT_FALSE(src.retrieved); // left out: unknown
    EXPECT_TRUE(src.archiveUrl.empty());
    const Dataset &data = result.dataset;
    EXPECT_EQ(data.tie(*data.findTie("serbia-pfp")).citations[0].quote, quote);
    EXPECT_TRUE(data.tie(*data.findTie("gpn-owns-nis")).citations[0].quote.empty());
}

TEST(DatasetReader, QuoteLongerThan500CharactersIsRefused)
{
    DatasetCopy copy;
    copy.edit("ties", [](json &t) { tieNamed(t, "serbia-pfp")["citations"][0]["quote"] = std::string(501, 'x'); });
    expectOnly(copy.read(), "ties", "tie \"serbia-pfp\"",
               "citation 1: field \"quote\": 501 characters; a quote is at most 500");
}

TEST(DatasetReader, BadRetrievedDateIsRefused)
{
    DatasetCopy copy;
    copy.edit("sources", [](json &s) { s[0]["retrieved"] = "yesterday"; });
    expectOnly(copy.read(), "sources", "source \"src\"", "field \"retrieved\"");
}
