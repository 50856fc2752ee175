// SPDX-License-Identifier: MIT
#include "io/snapshot.h"

#include <fstream>
#include <functional>
#include <limits>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "io/snapshotbuilder.h"
#include "io/snapshotreader.h"
#include "io/snapshotwriter.h"
#include "schemasubset.h"
#include "model/inputerror.h"
#include "smallfixture.h"
#include "snapshottext.h"

using namespace tiescope;
using nlohmann::json;

namespace {

Snapshot snapshotOf(const Dataset &data, const FilterSpec &spec)
{
    const TieGraph graph(data);
    return SnapshotBuilder::build(FilterEngine::apply(graph, spec), spec, "test 1.0", "2025-05-01T12:00:00Z");
}

FilterSpec energyAndArmsSince2010()
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy", "arms"};
    spec.statuses = std::set<TieStatus>{TieStatus::Confirmed, TieStatus::Alleged};
    spec.from = PartialDate::parse("2010");
    spec.minimumGrade = Grade::parse("C3");
    spec.text = "";
    return spec;
}

Snapshot reread(const std::string &text)
{
    std::istringstream in(text);
    return SnapshotReader::read(in, "snapshot.json");
}

Snapshot withView(Snapshot snapshot)
{
    snapshot.formatVersion = 3;
    snapshot.positions = {{"serbia", Point{10.5, -3.25}}, {"russia", Point{-120.0, 44.0}}};
    Snapshot::View view;
    view.centre = Point{1.5, 2.5};
    view.zoom = 0.75;
    view.selectedEntities = {"serbia"};
    view.selectedTies = {"gpn-owns-nis"};
    view.pinnedEntities = {"russia", "serbia"};
    view.layout = "force";
    snapshot.view = view;
    return snapshot;
}

Snapshot withAnalysis(Snapshot snapshot)
{
    snapshot = withView(std::move(snapshot));
    Snapshot::Analysis analysis;
    analysis.kind = "chains";
    analysis.a = "serbia";
    analysis.b = "russia";
    analysis.domain = "energy";
    analysis.hops = 3;
    analysis.removedEntities = {"nis"};
    analysis.removedTies = {"serbia-pfp"};
    analysis.sanctionedEntities = {{"gazprom-neft", 0.25}};
    analysis.sanctionedTies = {{"russia-owns-gpn", 0.0}};
    snapshot.view->analysis = analysis;
    return snapshot;
}

json schema()
{
    std::ifstream in(TIESCOPE_SOURCE_DIR "/docs/snapshot.schema.json");
    return json::parse(in);
}

} // namespace

TEST(SnapshotBuilder, HoldsWhatTheFilterShowsWithItsSources)
{
    Dataset data = fixtures::makeSmallFixture();
    const SourceId second = data.addSource(Source{"second", "Second", "Author", "", std::nullopt, "report", ""});
    data.addCitation(*data.findTie("gpn-owns-nis"), Citation{second, "p. 4", *Grade::parse("A1")});
    const Snapshot snapshot = snapshotOf(data, energyAndArmsSince2010());

    EXPECT_EQ(snapshot.datasetTitle, "Fixture");
    EXPECT_EQ(snapshot.filter, energyAndArmsSince2010());
    std::vector<std::string> ties;
    for (const Snapshot::Tie &tie : snapshot.ties)
        ties.push_back(tie.key);
    // Energy and arms ties reaching 2010 or later, with a C3-or-better citation.
    EXPECT_EQ(ties, (std::vector<std::string>{"gpn-owns-nis", "russia-owns-gpn", "nis-supplies-serbia", "serbia-buys-mig",
                                              "russia-makes-mig"}));
    const Snapshot::Tie &mig = snapshot.ties[3];
    EXPECT_EQ(mig.from, "serbia");
    EXPECT_EQ(mig.to, "mig-29");
    EXPECT_EQ(mig.domain, "arms");
    EXPECT_EQ(mig.relation, "procures");
    EXPECT_EQ(mig.start, EdtfDate::parse("2017-10"));
    EXPECT_FALSE(mig.end);
    ASSERT_EQ(snapshot.ties[0].citations.size(), 2U);
    EXPECT_EQ(snapshot.ties[0].citations[1].source, "second");
    EXPECT_EQ(snapshot.ties[0].citations[1].grade.toString(), "A1");
    // Each cited source once, in the order first cited.
    ASSERT_EQ(snapshot.sources.size(), 2U);
    EXPECT_EQ(snapshot.sources[0].key, "src");
    EXPECT_EQ(snapshot.sources[1].key, "second");
    // Without IsolatedEntities::Hide every entity of an allowed kind stays.
    EXPECT_EQ(snapshot.entities.size(), data.entities().size());
}

TEST(Snapshot, Version1RoundTripKeepsEveryField)
{
    Dataset data = fixtures::makeSmallFixture();
    data.addAlias(*data.findEntity("nis"), "Naftna Industrija Srbije");
    Snapshot snapshot = snapshotOf(data, energyAndArmsSince2010());
    snapshot.ties[0].strength = 0.25;
    snapshot.ties[0].note = "Majority \"stake\"\nsecond line";
    snapshot.entities[0].country = "RS";
    snapshot.sources[0].publisher = "Publisher";
    snapshot.sources[0].url = "https://example.org/a";
    const std::string text = fixtures::written(snapshot);
    const Snapshot back = reread(text);
    EXPECT_EQ(back.formatVersion, 1);
    EXPECT_FALSE(back.view);
    EXPECT_EQ(back, snapshot);
    EXPECT_EQ(fixtures::written(back), text); // stable: writing what was read gives the same bytes
}

TEST(Snapshot, Version3RoundTripKeepsViewAndPositions)
{
    const Snapshot snapshot = withView(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    const Snapshot back = reread(fixtures::written(snapshot));
    EXPECT_EQ(back.formatVersion, 3);
    ASSERT_TRUE(back.view);
    EXPECT_EQ(back.view->pinnedEntities, (std::vector<std::string>{"russia", "serbia"}));
    EXPECT_EQ(back.positions.at("serbia"), (Point{10.5, -3.25}));
    EXPECT_EQ(back, snapshot);
}

TEST(Snapshot, AnalysisRoundTripsWithItsWhatIf)
{
    const Snapshot snapshot = withAnalysis(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    const std::string text = fixtures::written(snapshot);
    const Snapshot back = reread(text);
    ASSERT_TRUE(back.view && back.view->analysis);
    const Snapshot::Analysis &analysis = *back.view->analysis;
    EXPECT_EQ(analysis.kind, "chains");
    EXPECT_EQ(analysis.domain, "energy");
    EXPECT_EQ(analysis.removedEntities, std::vector<std::string>{"nis"});
    EXPECT_EQ(analysis.sanctionedEntities.at("gazprom-neft"), 0.25);
    EXPECT_EQ(back, snapshot);
    EXPECT_EQ(fixtures::written(back), text);

    // Without A, B or a domain, the fields are null and read back empty.
    Snapshot ranking = snapshot;
    ranking.view->analysis = Snapshot::Analysis{"pagerank", "", "", "", 2, {}, {}, {}, {}};
    const json j = json::parse(fixtures::written(ranking));
    EXPECT_TRUE(j["view"]["analysis"]["a"].is_null());
    EXPECT_TRUE(j["view"]["analysis"]["domain"].is_null());
    EXPECT_EQ(reread(j.dump()), ranking);
}

TEST(Snapshot, Version3KeepsThePaneAndTheComparedDates)
{
    Snapshot snapshot = withView(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    snapshot.view->pane = "map";
    snapshot.view->compare = Snapshot::Compare{"2014-06", "2020/"};
    const std::string text = fixtures::written(snapshot);
    EXPECT_EQ(json::parse(text).at("format_version"), 3);
    const Snapshot back = reread(text);
    EXPECT_EQ(back, snapshot);
    EXPECT_EQ(back.view->pane, "map");
    EXPECT_EQ(back.view->compare->b, "2020/");
    // A window that ends before it starts is refused (the schema's pattern cannot say so).
    json backwards = json::parse(text);
    backwards["view"]["compare"]["a"] = "2020/2010";
    EXPECT_THROW((void)reread(backwards.dump()), InputError);
}

TEST(Snapshot, OlderVersion2FilesStillOpenShowingTheGraph)
{
    json older = json::parse(fixtures::written(withView(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}))));
    older["format_version"] = 2;
    older["view"].erase("pane");
    const Snapshot back = reread(older.dump());
    EXPECT_EQ(back.formatVersion, 2);
    ASSERT_TRUE(back.view);
    EXPECT_EQ(back.view->pane, "graph");
    EXPECT_FALSE(back.view->compare);
    EXPECT_EQ(back.view->layout, "force");
}

TEST(Snapshot, WriterRefusesAnAnalysisTheFormatCannotHold)
{
    Snapshot snapshot = withAnalysis(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    snapshot.view->analysis->sanctionedTies["serbia-pfp"] = 1.5;
    std::ostringstream out;
    EXPECT_THROW(SnapshotWriter::write(snapshot, out), std::invalid_argument);
    snapshot = withAnalysis(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    snapshot.view->analysis->hops = 0;
    EXPECT_THROW(SnapshotWriter::write(snapshot, out), std::invalid_argument);
}

TEST(Snapshot, EmptyFilterRoundTripsAsNoRestriction)
{
    FilterSpec none;
    none.domains = std::set<std::string>{}; // "none of them" is not "all of them"
    const Snapshot back = reread(fixtures::written(snapshotOf(fixtures::makeSmallFixture(), none)));
    ASSERT_TRUE(back.filter.domains);
    EXPECT_TRUE(back.filter.domains->empty());
    EXPECT_FALSE(back.filter.kinds);
    EXPECT_TRUE(back.ties.empty());
}

TEST(Snapshot, WhatToDoWithIsolatedEntitiesRoundTrips)
{
    // Fade, hide and show are all kept: "show" once came back as "fade".
    for (const IsolatedEntities isolated : AllIsolatedEntities) {
        FilterSpec spec;
        spec.domains = std::set<std::string>{"energy", "arms"}; // NATO and the EU are left without a tie
        spec.isolated = isolated;
        for (const Snapshot &snapshot : {snapshotOf(fixtures::makeSmallFixture(), spec),
                                         withView(snapshotOf(fixtures::makeSmallFixture(), spec))}) {
            EXPECT_EQ(snapshot.entities.size(), isolated == IsolatedEntities::Hide ? 5U : 7U);
            const std::string text = fixtures::written(snapshot);
            EXPECT_EQ(json::parse(text).at("filter").at("isolated"), std::string(toString(isolated)));
            EXPECT_FALSE(json::parse(text).at("filter").contains("hide_isolated"));
            const Snapshot back = reread(text);
            EXPECT_EQ(back.filter.isolated, isolated) << toString(isolated);
            EXPECT_EQ(back, snapshot);
        }
    }
}

TEST(Snapshot, OlderFilesWithHideIsolatedStillOpen)
{
    json old = json::parse(fixtures::written(withView(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}))));
    old["filter"].erase("isolated");
    const fixtures::SchemaSubset checker(schema());
    for (const auto &[hidden, expected] :
         {std::pair{true, IsolatedEntities::Hide}, std::pair{false, IsolatedEntities::Fade}}) {
        old["filter"]["hide_isolated"] = hidden;
        EXPECT_EQ(checker.check(old), std::vector<std::string>{});
        EXPECT_EQ(reread(old.dump()).filter.isolated, expected) << hidden;
    }
}

TEST(Snapshot, IncludeUndatedRoundTripsAndOlderFilesDefaultToOn)
{
    FilterSpec spec;
    spec.includeUndated = false;
    const Snapshot snapshot = snapshotOf(fixtures::makeSmallFixture(), spec);
    EXPECT_EQ(snapshot.ties.size(), 7U); // the two undated ties are left out
    const std::string text = fixtures::written(snapshot);
    EXPECT_EQ(json::parse(text).at("filter").at("include_undated"), false);
    EXPECT_FALSE(reread(text).filter.includeUndated);
    json old = json::parse(text);
    old["filter"].erase("include_undated");
    EXPECT_EQ(fixtures::SchemaSubset(schema()).check(old), std::vector<std::string>{});
    EXPECT_TRUE(reread(old.dump()).filter.includeUndated);
}

TEST(Snapshot, CorroboratedOnlyRoundTripsAndIsWrittenOnlyWhenOn)
{
    FilterSpec spec;
    const std::string off = fixtures::written(snapshotOf(fixtures::makeSmallFixture(), spec));
    // Off is the default and left out, so files without it read as before: every tie shows.
    EXPECT_FALSE(json::parse(off).at("filter").contains("corroborated_only"));
    EXPECT_FALSE(reread(off).filter.corroboratedOnly);
    spec.corroboratedOnly = true;
    const Snapshot snapshot = snapshotOf(fixtures::makeSmallFixture(), spec);
    EXPECT_TRUE(snapshot.ties.empty()); // every fixture tie has a single source
    const std::string on = fixtures::written(snapshot);
    EXPECT_EQ(json::parse(on).at("filter").at("corroborated_only"), true);
    EXPECT_EQ(fixtures::SchemaSubset(schema()).check(json::parse(on)), std::vector<std::string>{});
    EXPECT_TRUE(reread(on).filter.corroboratedOnly);
}

TEST(Snapshot, TieDatesKeepTheirEdtfText)
{
    Dataset data = fixtures::makeSmallFixture();
    Snapshot snapshot = snapshotOf(data, FilterSpec{});
    snapshot.ties[0].start = EdtfDate::parse("[1914..1918]");
    snapshot.ties[0].end = EdtfDate::parse("..");
    snapshot.ties[1].start = EdtfDate::parse("2014~");
    snapshot.ties[1].end = EdtfDate::parse("201X");
    const std::string text = fixtures::written(snapshot);
    const json j = json::parse(text);
    EXPECT_EQ(j.at("ties")[0].at("start"), "[1914..1918]");
    EXPECT_EQ(j.at("ties")[0].at("end"), "..");
    EXPECT_EQ(fixtures::SchemaSubset(schema()).check(j), std::vector<std::string>{});
    EXPECT_EQ(reread(text), snapshot);
}

TEST(Snapshot, RefusesAnUnknownWayToShowIsolatedEntities)
{
    json j = json::parse(fixtures::written(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{})));
    const auto message = [](const json &broken) {
        try {
            (void)reread(broken.dump());
        } catch (const InputError &e) {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    j["filter"]["isolated"] = "sometimes";
    EXPECT_EQ(message(j), "snapshot.json: filter.isolated: \"sometimes\" is not fade, hide or show");
    j["filter"]["isolated"] = "hide";
    j["filter"]["hide_isolated"] = true;
    EXPECT_EQ(message(j), "snapshot.json: filter: needs exactly one of \"isolated\" and the older \"hide_isolated\"");
    j["filter"].erase("isolated");
    j["filter"].erase("hide_isolated");
    EXPECT_EQ(message(j), "snapshot.json: filter: needs exactly one of \"isolated\" and the older \"hide_isolated\"");
}

TEST(Snapshot, WriterRefusesNonFiniteNumbers)
{
    Snapshot snapshot = withView(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    snapshot.positions["serbia"] = Point{std::numeric_limits<double>::infinity(), 0.0};
    std::ostringstream out;
    EXPECT_THROW(SnapshotWriter::write(snapshot, out), std::invalid_argument);
}

TEST(SnapshotSchema, WrittenVersion1And3Conform)
{
    const fixtures::SchemaSubset checker(schema());
    const Snapshot v1 = snapshotOf(fixtures::makeSmallFixture(), energyAndArmsSince2010());
    EXPECT_EQ(checker.check(json::parse(fixtures::written(v1))), std::vector<std::string>{});
    EXPECT_EQ(checker.check(json::parse(fixtures::written(withView(v1)))), std::vector<std::string>{});
    EXPECT_EQ(checker.check(json::parse(fixtures::written(withAnalysis(v1)))), std::vector<std::string>{});
}

TEST(SnapshotSchema, RejectsWhatTheReaderRejects)
{
    // The schema must not be vacuous: each of these breaks a rule both it and the reader hold.
    const fixtures::SchemaSubset checker(schema());
    Snapshot compared = withAnalysis(snapshotOf(fixtures::makeSmallFixture(), FilterSpec{}));
    compared.view->pane = "timeline";
    compared.view->compare = Snapshot::Compare{"2014", "2020/2022"};
    const json good = json::parse(fixtures::written(compared));
    ASSERT_EQ(checker.check(good), std::vector<std::string>{});
    const std::vector<std::pair<std::string, std::function<void(json &)>>> breakages{
        {"missing ties", [](json &j) { j.erase("ties"); }},
        {"unknown top-level field", [](json &j) { j["extra"] = 1; }},
        {"format_version 4", [](json &j) { j["format_version"] = 4; }},
        {"version 3 without a pane", [](json &j) { j["view"].erase("pane"); }},
        {"unknown pane", [](json &j) { j["view"]["pane"] = "globe"; }},
        {"version 2 with a pane", [](json &j) { j["format_version"] = 2; }},
        {"compare date malformed", [](json &j) { j["view"]["compare"]["b"] = "2014-13"; }},
        {"compare without b", [](json &j) { j["view"]["compare"].erase("b"); }},
        {"version 1 with a view", [](json &j) { j["format_version"] = 1; }},
        {"version 2 without a view", [](json &j) { j.erase("view"); }},
        {"name is a number", [](json &j) { j["entities"][0]["name"] = 5; }},
        {"bad id", [](json &j) { j["entities"][0]["id"] = "Serbia"; }},
        {"bad date", [](json &j) { j["ties"][0]["start"] = "2008-13"; }},
        {"bad status", [](json &j) { j["ties"][0]["status"] = "rumoured"; }},
        {"strength above 1", [](json &j) { j["ties"][0]["strength"] = 1.5; }},
        {"bad grade", [](json &j) { j["ties"][0]["citations"][0]["grade"] = "G7"; }},
        {"missing locator", [](json &j) { j["ties"][0]["citations"][0].erase("locator"); }},
        {"point with three numbers", [](json &j) { j["positions"]["serbia"] = json::array({1, 2, 3}); }},
        {"zero zoom", [](json &j) { j["view"]["zoom"] = 0; }},
        {"filter field missing", [](json &j) { j["filter"].erase("text"); }},
        {"min_grade lower case", [](json &j) { j["filter"]["min_grade"] = "b2"; }},
        {"unknown isolated", [](json &j) { j["filter"]["isolated"] = "sometimes"; }},
        {"isolated and hide_isolated", [](json &j) { j["filter"]["hide_isolated"] = false; }},
        {"neither isolated nor hide_isolated", [](json &j) { j["filter"].erase("isolated"); }},
        {"hide_isolated not a boolean",
         [](json &j) {
             j["filter"].erase("isolated");
             j["filter"]["hide_isolated"] = "yes";
         }},
        {"unknown analysis", [](json &j) { j["view"]["analysis"]["kind"] = "astrology"; }},
        {"analysis without what_if", [](json &j) { j["view"]["analysis"].erase("what_if"); }},
        {"zero hops", [](json &j) { j["view"]["analysis"]["hops"] = 0; }},
        {"fractional hops", [](json &j) { j["view"]["analysis"]["hops"] = 1.5; }},
        {"bad A id", [](json &j) { j["view"]["analysis"]["a"] = "Serbia"; }},
        {"sanction above 1", [](json &j) { j["view"]["analysis"]["what_if"]["sanctioned_ties"]["x"] = 1.5; }},
        {"sanction of a bad id", [](json &j) { j["view"]["analysis"]["what_if"]["sanctioned_entities"]["X Y"] = 0.5; }},
        {"removed twice", [](json &j) { j["view"]["analysis"]["what_if"]["removed_entities"] = json::array({"nis", "nis"}); }},
        {"unknown what_if field", [](json &j) { j["view"]["analysis"]["what_if"]["added"] = json::array(); }},
    };
    for (const auto &[name, breakIt] : breakages) {
        json broken = good;
        breakIt(broken);
        EXPECT_FALSE(checker.check(broken).empty()) << "schema accepts: " << name;
        EXPECT_THROW((void)reread(broken.dump()), InputError) << "reader accepts: " << name;
    }
}
