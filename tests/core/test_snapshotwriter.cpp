// SPDX-License-Identifier: MIT
// The streamed writer against the document the format describes, built here field by field.
#include "io/snapshotwriter.h"

#include <sstream>
#include <streambuf>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "io/graphsnapshotrecords.h"
#include "io/snapshotbuilder.h"
#include "smallfixture.h"
#include "snapshottext.h"

using namespace tiescope;
using Json = nlohmann::ordered_json; // compares objects field by field in order

namespace {

Json orNull(const std::string &text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

template <typename Date> // PartialDate or EdtfDate
Json orNull(const std::optional<Date> &date)
{
    return date ? Json(date->toString()) : Json(nullptr);
}

// The whole document as one value, from the format's description (docs/snapshot-format.md).
Json expectedDocument(const Snapshot &s)
{
    Json doc = Json::object();
    doc["format"] = "tiescope-snapshot";
    doc["format_version"] = s.view ? 3 : 1;
    doc["generator"] = s.generator;
    doc["created_at"] = s.createdAt;
    doc["dataset"] = Json{{"title", s.datasetTitle}, {"version", s.datasetVersion}};
    Json &filter = doc["filter"] = Json::object();
    filter["domains"] = s.filter.domains ? Json(*s.filter.domains) : Json(nullptr);
    filter["kinds"] = s.filter.kinds ? Json(*s.filter.kinds) : Json(nullptr);
    filter["statuses"] = nullptr;
    if (s.filter.statuses) {
        filter["statuses"] = Json::array();
        for (const TieStatus status : *s.filter.statuses)
            filter["statuses"].push_back(std::string(toString(status)));
    }
    filter["from"] = orNull(s.filter.from);
    filter["to"] = orNull(s.filter.to);
    filter["min_grade"] = s.filter.minimumGrade ? Json(s.filter.minimumGrade->toString()) : Json(nullptr);
    filter["text"] = s.filter.text;
    filter["isolated"] = std::string(toString(s.filter.isolated));
    filter["include_undated"] = s.filter.includeUndated;
    Json &entities = doc["entities"] = Json::array();
    for (const Snapshot::Entity &e : s.entities)
        entities.push_back({{"id", e.key}, {"name", e.name}, {"kind", e.kind}, {"country", orNull(e.country)},
                            {"aliases", Json(e.aliases)}, {"description", e.description}});
    Json &ties = doc["ties"] = Json::array();
    for (const Snapshot::Tie &t : s.ties) {
        Json citations = Json::array();
        for (const Snapshot::Citation &c : t.citations)
            citations.push_back({{"source", c.source}, {"locator", c.locator}, {"grade", c.grade.toString()}});
        ties.push_back({{"id", t.key}, {"from", t.from}, {"to", t.to}, {"domain", t.domain},
                        {"relation", t.relation}, {"start", orNull(t.start)}, {"end", orNull(t.end)},
                        {"status", std::string(toString(t.status))},
                        {"strength", t.strength ? Json(*t.strength) : Json(nullptr)}, {"note", t.note},
                        {"citations", citations}});
    }
    Json &sources = doc["sources"] = Json::array();
    for (const Source &src : s.sources)
        sources.push_back({{"id", src.key}, {"title", src.title}, {"author", src.author},
                           {"publisher", orNull(src.publisher)}, {"date", orNull(src.date)}, {"kind", src.kind},
                           {"url", orNull(src.url)}});
    if (!s.positions.empty()) {
        Json &positions = doc["positions"] = Json::object();
        for (const auto &[key, p] : s.positions)
            positions[key] = Json::array({p.x, p.y});
    }
    if (s.view) {
        const Snapshot::View &v = *s.view;
        Json &view = doc["view"] = Json::object();
        view["centre"] = Json::array({v.centre.x, v.centre.y});
        view["zoom"] = v.zoom;
        view["selection"] = {{"entities", Json(v.selectedEntities)}, {"ties", Json(v.selectedTies)}};
        view["pinned"] = Json(v.pinnedEntities);
        view["layout"] = v.layout;
        if (v.analysis) {
            const Snapshot::Analysis &a = *v.analysis;
            view["analysis"] = {{"kind", a.kind}, {"a", orNull(a.a)}, {"b", orNull(a.b)}, {"domain", orNull(a.domain)},
                                {"hops", a.hops},
                                {"what_if", {{"removed_entities", Json(a.removedEntities)},
                                             {"removed_ties", Json(a.removedTies)},
                                             {"sanctioned_entities", Json(a.sanctionedEntities)},
                                             {"sanctioned_ties", Json(a.sanctionedTies)}}}};
        }
        view["pane"] = v.pane;
        if (v.compare)
            view["compare"] = {{"a", v.compare->a}, {"b", v.compare->b}};
    }
    return doc;
}

// What the writer wrote as one whole document before it streamed: the same bytes are expected.
std::string dumpedWhole(const Json &doc)
{
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Snapshot fullSnapshot()
{
    Dataset data = fixtures::makeSmallFixture();
    data.addAlias(*data.findEntity("nis"), "Naftna Industrija Srbije");
    const TieGraph graph(data);
    Snapshot s = SnapshotBuilder::build(GraphView(graph), FilterSpec{}, "test 1.0", "2025-05-01T12:00:00Z");
    s.filter.domains = std::set<std::string>{"arms", "energy"};
    s.filter.statuses = std::set<TieStatus>{TieStatus::Confirmed};
    s.filter.from = PartialDate::parse("2010-03");
    s.filter.minimumGrade = Grade::parse("B2");
    s.ties.at(0).strength = 0.1 + 0.2; // a double that needs all its digits
    s.ties.at(1).note = "Quoted \"stake\"\nsecond line";
    s.entities.at(0).country = "RS";
    s.positions = {{"serbia", Point{10.5, -3.25}}, {"russia", Point{-1e-7, 44.0}}, {"nis", Point{0.0, 1e21}}};
    Snapshot::View view;
    view.centre = Point{1.5, 2.5};
    view.zoom = 0.75;
    view.selectedEntities = {"serbia"};
    view.pinnedEntities = {"russia", "serbia"};
    view.layout = "force";
    view.analysis = Snapshot::Analysis{"chains", "serbia", "russia", "", 3, {"nis"}, {}, {}, {{"serbia-pfp", 0.5}}};
    view.pane = "timeline";
    view.compare = Snapshot::Compare{"2014", "/2020"};
    s.view = view;
    s.formatVersion = 3;
    return s;
}

// Accepts `room` bytes, then fails like a full disk.
class FullDisk final : public std::streambuf
{
public:
    explicit FullDisk(std::size_t room) : m_room(room) {}

protected:
    int_type overflow(int_type ch) override
    {
        if (m_room == 0)
            return traits_type::eof();
        --m_room;
        return traits_type::not_eof(ch);
    }

private:
    std::size_t m_room;
};

} // namespace

TEST(SnapshotWriter, StreamsTheWholeDocumentByteForByte)
{
    const Snapshot snapshot = fullSnapshot();
    ASSERT_FALSE(snapshot.ties.empty());
    ASSERT_FALSE(snapshot.sources.empty());
    const std::string text = fixtures::written(snapshot);
    const Json expected = expectedDocument(snapshot);
    EXPECT_EQ(Json::parse(text), expected); // same fields, values and order
    EXPECT_EQ(text, dumpedWhole(expected));  // and the same layout and number formatting
}

TEST(SnapshotWriter, WritesEmptyListsAndLeavesOutMissingPositions)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    FilterSpec none;
    none.kinds = std::set<std::string>{}; // no entity, so no tie and no source either
    const Snapshot snapshot = SnapshotBuilder::build(FilterEngine::apply(graph, none), none, "test", "");
    ASSERT_TRUE(snapshot.entities.empty());
    const std::string text = fixtures::written(snapshot);
    EXPECT_EQ(text, dumpedWhole(expectedDocument(snapshot)));
    EXPECT_NE(text.find("\"ties\": [],"), std::string::npos) << text;
    EXPECT_EQ(text.find("positions"), std::string::npos) << text;
}

TEST(SnapshotWriter, ReplacesInvalidUtf8LikeTheWholeDocument)
{
    Snapshot snapshot = fullSnapshot();
    snapshot.ties.at(0).note = "bad \xff byte";
    snapshot.positions["bad-\xfe"] = Point{1.0, 2.0};
    const std::string text = fixtures::written(snapshot);
    EXPECT_EQ(text, dumpedWhole(expectedDocument(snapshot)));
    EXPECT_NE(text.find("bad \xef\xbf\xbd byte"), std::string::npos); // U+FFFD
}

TEST(SnapshotWriter, ReportsAStreamThatFails)
{
    const Snapshot snapshot = fullSnapshot();
    for (const std::size_t room : {std::size_t{0}, std::size_t{500}, fixtures::written(snapshot).size() - 1}) {
        FullDisk disk(room);
        std::ostream out(&disk);
        EXPECT_THROW(SnapshotWriter::write(snapshot, out), std::runtime_error) << "room " << room;
    }
}

TEST(SnapshotWriter, RefusesABadViewBeforeWritingAnything)
{
    Snapshot snapshot = fullSnapshot();
    snapshot.view->zoom = 0.0;
    std::ostringstream out;
    EXPECT_THROW(SnapshotWriter::write(snapshot, out), std::invalid_argument);
    EXPECT_TRUE(out.str().empty());
}

TEST(GraphSnapshotRecords, WriteWhatTheBuiltSnapshotWrites)
{
    Dataset data = fixtures::makeSmallFixture();
    const SourceId second = data.addSource(Source{"second", "Second", "Author", "", std::nullopt, "report", ""});
    data.addCitation(*data.findTie("gpn-owns-nis"), Citation{second, "p. 4", *Grade::parse("A1")});
    const TieGraph graph(data);
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    spec.isolated = IsolatedEntities::Hide;
    const GraphView view = FilterEngine::apply(graph, spec);
    ASSERT_LT(view.visibleEntityCount(), data.entities().size()); // hidden entities get no position
    std::vector<Point> positions;
    for (std::size_t i = 0; i < data.entities().size(); ++i)
        positions.push_back(Point{1.5 * static_cast<double>(i), -0.1 * static_cast<double>(i)});

    Snapshot built = SnapshotBuilder::build(view, spec, "test", "2025-05-01T12:00:00Z");
    for (const EntityId id : view.visibleEntities())
        built.positions.emplace(data.entity(id).key, positions[id.index()]);
    GraphSnapshotRecords records(view, spec, "test", "2025-05-01T12:00:00Z");
    records.setPositions(positions);
    std::ostringstream streamed;
    SnapshotWriter::write(records, streamed);

    ASSERT_EQ(built.sources.size(), 2U);
    EXPECT_EQ(built.positions.size(), view.visibleEntityCount());
    EXPECT_EQ(streamed.str(), fixtures::written(built));
    EXPECT_EQ(streamed.str(), dumpedWhole(expectedDocument(built)));
}

TEST(GraphSnapshotRecords, RefusePositionsThatMissAVisibleEntity)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const GraphView view(graph);
    GraphSnapshotRecords records(view, FilterSpec{}, "test", "");
    EXPECT_THROW(records.setPositions(std::vector<Point>(data.entities().size() - 1)), std::invalid_argument);
}
