// SPDX-License-Identifier: MIT
// The map's core: the shipped outlines and their reader on bad input, the projection,
// entities placed by country, ties per pair of countries and the shading measures.
#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "analytics/dependencygraph.h"
#include "analytics/exposureanalysis.h"
#include "filter/filterengine.h"
#include "geo/clusterspread.h"
#include "geo/countrylinks.h"
#include "geo/countrymeasure.h"
#include "geo/mapplacement.h"
#include "geo/mapprojection.h"
#include "geo/worldmap.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "io/datasetreader.h"
#include "model/inputerror.h"

using namespace tiescope;

namespace {

const std::filesystem::path SourceDir(TIESCOPE_SOURCE_DIR);
const std::string ShippedMap = (SourceDir / "data" / "world" / "countries.json").string();

// Three square countries: AA and BB side by side on the equator, CC north of them.
const char *SmallMap = R"({"format":"tiescope-world","format_version":1,"source":"test","licence":"none",
"borders":"test borders","countries":[
{"code":"AA","name":"Aland","centre":[5,5],"polygons":[[[[0,0],[10,0],[10,10],[0,10]]]]},
{"code":"BB","name":"Beland","centre":[15,5],"polygons":[[[[10,0],[20,0],[20,10],[10,10]]]]},
{"code":"CC","name":"Celand","centre":[5,25],"polygons":[[[[0,20],[10,20],[10,30],[0,30]]]]},
{"code":"","name":"Nocode","centre":[45,5],"polygons":[[[[40,0],[50,0],[50,10]]]]}]})";

WorldMap smallMap()
{
    std::istringstream in(SmallMap);
    return WorldMap::read(in, "small.json");
}

std::string readError(const std::string &text)
{
    std::istringstream in(text);
    try {
        (void)WorldMap::read(in, "bad.json");
    } catch (const InputError &error) {
        return error.what();
    }
    return "no error";
}

std::string replaced(std::string text, const std::string &from, const std::string &to)
{
    text.replace(text.find(from), from.size(), to);
    return text;
}

// Entities with countries and kinds on GraphBuilder's data: "state" and "thing".
class Placed : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_b.data().addKind(EntityKind{"state", "State"});
        add("a-state", "AA", "state");
        add("a-firm", "AA", "thing");
        add("a-bank", "AA", "thing");
        add("b-firm", "BB", "thing");
        add("c-state", "CC", "state");
        add("nowhere", "", "thing");
        add("unknown", "ZZ", "thing");
    }

    void add(const std::string &key, const std::string &country, const char *kind)
    {
        Entity e;
        e.key = key;
        e.name = key;
        e.kind = *m_b.data().findKind(kind);
        e.country = country;
        m_b.data().addEntity(std::move(e));
    }

    EntityId id(const char *key) { return *m_b.data().findEntity(key); }

    fixtures::GraphBuilder m_b;
    WorldMap m_map = smallMap();
};

} // namespace

TEST(WorldMap, ShippedOutlinesHaveTheDatasetsCountriesAndKosovoApartFromSerbia)
{
    ASSERT_LT(std::filesystem::file_size(ShippedMap), 300u * 1024u);
    const WorldMap map = WorldMap::readFile(ShippedMap);
    EXPECT_GT(map.countries().size(), 170u);
    for (const char *code : {"RS", "RU", "ME", "BA", "MD", "BG", "FR", "US", "CN", "XK", "UA"})
        EXPECT_TRUE(map.find(code).has_value()) << code;
    const MapCountry &serbia = map.country(*map.find("RS"));
    const MapCountry &kosovo = map.country(*map.find("XK"));
    EXPECT_EQ(serbia.name, "Serbia");
    EXPECT_EQ(kosovo.name, "Kosovo");
    // Belgrade's region, and Kosovo south of Serbia's centre.
    EXPECT_NEAR(serbia.centre.x, 20.8, 1.0);
    EXPECT_NEAR(serbia.centre.y, 44.2, 1.0);
    EXPECT_LT(kosovo.centre.y, serbia.centre.y);
    EXPECT_NE(map.borders().find("de facto"), std::string::npos);
    EXPECT_NE(map.borders().find("Kosovo"), std::string::npos);
}

TEST(WorldMap, BadInputIsAnInputErrorNamingFileAndPlace)
{
    EXPECT_EQ(readError("{"), readError("{")); // deterministic
    EXPECT_NE(readError("{").find("bad.json: invalid JSON"), std::string::npos);
    EXPECT_NE(readError("").find("bad.json"), std::string::npos);
    EXPECT_NE(readError("[]").find("bad.json: top level"), std::string::npos);
    const std::string small(SmallMap);
    EXPECT_NE(readError(replaced(small, "tiescope-world", "other")).find("format"), std::string::npos);
    EXPECT_NE(readError(replaced(small, "\"format_version\":1", "\"format_version\":2")).find("format_version"),
              std::string::npos);
    EXPECT_NE(readError(replaced(small, "[10,0],[20,0]", "[200,0],[20,0]")).find("countries[1].polygons[0][0][0]"),
              std::string::npos);
    EXPECT_NE(readError(replaced(small, "\"code\":\"BB\"", "\"code\":\"AA\"")).find("duplicate"), std::string::npos);
    EXPECT_NE(readError(replaced(small, "\"code\":\"BB\"", "\"code\":\"bb\"")).find("alpha-2"), std::string::npos);
    EXPECT_NE(readError(replaced(small, "[[40,0],[50,0],[50,10]]", "[[40,0],[50,0]]")).find("three points"),
              std::string::npos);
    EXPECT_NE(readError(replaced(small, "\"centre\":[5,25]", "\"centre\":\"north\"")).find("countries[2].centre"),
              std::string::npos);
    EXPECT_NE(readError(replaced(small, "\"name\":\"Aland\",", "")).find("missing required field \"name\""),
              std::string::npos);
    EXPECT_NE(readError(small.substr(0, small.size() / 2)).find("invalid JSON"), std::string::npos);
    EXPECT_NO_THROW((void)smallMap());
}

TEST(WorldMap, CountryWithoutCodeIsDrawnButNotFound)
{
    const WorldMap map = smallMap();
    EXPECT_EQ(map.countries().size(), 4u);
    EXPECT_FALSE(map.find("").has_value());
    EXPECT_EQ(map.country(*map.find("BB")).name, "Beland");
}

TEST(MapProjection, NaturalEarthKeepsTheCentreAndNorthIsUp)
{
    const Point origin = MapProjection::project({0, 0});
    EXPECT_DOUBLE_EQ(origin.x, 0.0);
    EXPECT_DOUBLE_EQ(origin.y, 0.0);
    // The published scale: the equator's half-width is 0.8707 * pi.
    EXPECT_NEAR(MapProjection::project({180, 0}).x, 0.8707 * 3.141592653589793, 1e-9);
    EXPECT_NEAR(MapProjection::project({0, 90}).y, -1.4224, 1e-3);
    EXPECT_LT(MapProjection::project({20, 60}).y, MapProjection::project({20, 44}).y);
    // Meridians converge towards the poles, unlike equirectangular.
    EXPECT_LT(MapProjection::project({100, 60}).x, MapProjection::project({100, 0}).x);
    EXPECT_DOUBLE_EQ(MapProjection::project({-30, -20}).x, -MapProjection::project({30, 20}).x);
    EXPECT_LT(MapProjection::topLeft().x, MapProjection::bottomRight().x);
    EXPECT_LT(MapProjection::topLeft().y, MapProjection::bottomRight().y);
}

TEST(MapPlacement, SlotsAreDistinctAndAtLeastASlotApart)
{
    EXPECT_EQ(MapPlacement::slotOffset(0), Point{});
    std::vector<Point> slots;
    for (std::size_t i = 0; i < 40; ++i)
        slots.push_back(MapPlacement::slotOffset(i));
    for (std::size_t i = 0; i < slots.size(); ++i)
        for (std::size_t j = i + 1; j < slots.size(); ++j)
            EXPECT_GT(std::hypot(slots[i].x - slots[j].x, slots[i].y - slots[j].y), 0.9) << i << " " << j;
    EXPECT_NEAR(std::hypot(slots[6].x, slots[6].y), 1.0, 1e-9);   // the first ring holds 1..6
    EXPECT_NEAR(std::hypot(slots[7].x, slots[7].y), 2.0, 1e-9);   // the second 7..18
    EXPECT_NEAR(std::hypot(slots[19].x, slots[19].y), 3.0, 1e-9); // the third from 19
}

TEST_F(Placed, StateAtTheCentreOthersAroundItAndTheRestUnplaced)
{
    m_b.tie("a-firm", "b-firm");
    const TieGraph graph(m_b.data());
    const GraphView view(graph);
    const MapPlacement placement(view, m_map);
    const CountryId aa = *m_map.find("AA");
    const auto &state = placement.place(id("a-state"));
    ASSERT_TRUE(state.has_value());
    EXPECT_EQ(state->country, aa);
    EXPECT_EQ(state->offset, Point{});
    const Point centre = MapProjection::project({5, 5});
    EXPECT_DOUBLE_EQ(state->anchor.x, centre.x);
    EXPECT_DOUBLE_EQ(state->anchor.y, centre.y);
    EXPECT_EQ(placement.stateOf(aa), id("a-state"));
    // The connected firm nearer the front than the bank, both on the first ring.
    ASSERT_EQ(placement.entitiesIn(aa).size(), 3u);
    EXPECT_EQ(placement.entitiesIn(aa)[1], id("a-firm"));
    EXPECT_EQ(placement.place(id("a-firm"))->offset, MapPlacement::slotOffset(1));
    EXPECT_EQ(placement.place(id("a-bank"))->offset, MapPlacement::slotOffset(2));
    // Without a state the centre stays free.
    const CountryId bb = *m_map.find("BB");
    EXPECT_FALSE(placement.stateOf(bb).has_value());
    EXPECT_EQ(placement.place(id("b-firm"))->offset, MapPlacement::slotOffset(1));
    EXPECT_EQ(placement.unplaced(), (std::vector<EntityId>{id("nowhere"), id("unknown")}));
    EXPECT_EQ(placement.placed().size(), 5u);
}

TEST_F(Placed, HiddenEntitiesAreNeitherPlacedNorListed)
{
    const TieGraph graph(m_b.data());
    std::vector<std::uint8_t> entities(graph.entityCount(), 1);
    entities[id("a-bank").index()] = 0;
    entities[id("nowhere").index()] = 0;
    const GraphView view(graph, entities, std::vector<std::uint8_t>(graph.tieCount(), 1));
    const MapPlacement placement(view, m_map);
    EXPECT_FALSE(placement.place(id("a-bank")).has_value());
    EXPECT_EQ(placement.unplaced(), (std::vector<EntityId>{id("unknown")}));
    EXPECT_EQ(placement.entitiesIn(*m_map.find("AA")).size(), 2u);
}

TEST_F(Placed, TiesGatherPerPairOfCountriesWithDomainCounts)
{
    m_b.tie("a-firm", "b-firm", "dep-from", 1.0, "A1", "energy");
    m_b.tie("b-firm", "a-state", "dep-from", 1.0, "A1", "arms");
    m_b.tie("a-bank", "b-firm", "dep-from", 1.0, "A1", "energy");
    m_b.tie("a-bank", "a-state");  // within AA
    m_b.tie("c-state", "a-state"); // CC-AA
    m_b.tie("nowhere", "a-state"); // an end off the map
    const TieGraph graph(m_b.data());
    const GraphView view(graph);
    const MapPlacement placement(view, m_map);
    const CountryLinks links(view, placement);
    const CountryId aa = *m_map.find("AA"), bb = *m_map.find("BB"), cc = *m_map.find("CC");
    ASSERT_EQ(links.links().size(), 3u);
    const auto *ab = links.find(bb, aa);
    ASSERT_NE(ab, nullptr);
    EXPECT_EQ(ab, &links.links().front()); // the heaviest first
    EXPECT_EQ(ab->ties, 3u);
    ASSERT_EQ(ab->domains.size(), 2u);
    EXPECT_EQ(m_b.data().domain(ab->domains[0].domain).key, "energy");
    EXPECT_EQ(ab->domains[0].ties, 2u);
    EXPECT_EQ(ab->domains[1].ties, 1u);
    EXPECT_EQ(ab->tieIds, (std::vector<TieId>{TieId(0), TieId(1), TieId(2)}));
    ASSERT_NE(links.find(aa, aa), nullptr);
    EXPECT_EQ(links.find(aa, aa)->ties, 1u);
    EXPECT_EQ(links.find(aa, cc)->ties, 1u);
    EXPECT_EQ(links.find(bb, cc), nullptr);
    EXPECT_EQ(links.tiesBetweenCountries(), 4u);

    const CountryMeasure ties = CountryMeasure::tiesInWindow(view, placement);
    EXPECT_EQ(ties.value(aa), 5.0); // 3 with BB, 1 inside, 1 with CC
    EXPECT_EQ(ties.value(bb), 3.0);
    EXPECT_EQ(ties.value(cc), 1.0);
    EXPECT_FALSE(ties.value(CountryId(3)).has_value());
    EXPECT_EQ(ties.maximum(), 5.0);
}

TEST_F(Placed, TiesInWindowFollowTheDateWindow)
{
    m_b.tie("a-firm", "b-firm", "dep-from", 1.0, "A1", "energy", "2001", "2003");
    m_b.tie("a-bank", "b-firm", "dep-from", 1.0, "A1", "energy", "2010", "2012");
    m_b.tie("c-state", "a-state"); // undated
    const TieGraph graph(m_b.data());
    FilterSpec spec;
    spec.from = PartialDate::parse("2009");
    spec.to = PartialDate::parse("2011");
    spec.includeUndated = false;
    const GraphView view = FilterEngine::apply(graph, spec);
    const MapPlacement placement(view, m_map);
    const CountryMeasure ties = CountryMeasure::tiesInWindow(view, placement);
    EXPECT_EQ(ties.value(*m_map.find("BB")), 1.0);
    EXPECT_EQ(ties.value(*m_map.find("AA")).value_or(0.0), 1.0);
    spec.includeUndated = true;
    const GraphView withUndated = FilterEngine::apply(graph, spec);
    const MapPlacement placed(withUndated, m_map);
    EXPECT_EQ(CountryMeasure::tiesInWindow(withUndated, placed).value(*m_map.find("AA")), 2.0);
}

TEST_F(Placed, ExposureIsTheStatesOrElseTheCountrysMostExposedEntity)
{
    m_b.tie("c-state", "a-state", "dep-from", 0.6);
    m_b.tie("a-state", "c-state", "dep-from", 0.3);
    m_b.tie("b-firm", "c-state", "dep-from", 0.7);
    const TieGraph graph(m_b.data());
    const GraphView view(graph);
    const MapPlacement placement(view, m_map);
    const CountryMeasure measure = CountryMeasure::exposureTo(view, placement, id("c-state"));
    const DependencyGraph dependencies(view);
    const CountryId aa = *m_map.find("AA"), bb = *m_map.find("BB"), cc = *m_map.find("CC");
    EXPECT_EQ(measure.name(), "Exposure to c-state");
    EXPECT_DOUBLE_EQ(*measure.value(aa),
                     ExposureAnalysis::exposure(dependencies, id("a-state"), id("c-state")).exposure);
    EXPECT_GT(*measure.value(aa), 0.0);
    EXPECT_EQ(measure.source(aa), id("a-state"));
    EXPECT_DOUBLE_EQ(*measure.value(bb),
                     ExposureAnalysis::exposure(dependencies, id("b-firm"), id("c-state")).exposure);
    EXPECT_EQ(measure.source(bb), id("b-firm"));
    EXPECT_FALSE(measure.value(cc).has_value()); // the chosen state itself
    EXPECT_EQ(measure.maximum(), 1.0);
}

TEST(MapBundled, SerbiaRussiaAndKosovoStandOnTheirCountries)
{
    const auto folder = SourceDir / "data" / "serbia-russia";
    if (!std::filesystem::exists(folder / "dataset.json"))
        GTEST_SKIP() << "bundled dataset not present";
    auto result = DatasetReader::read(folder);
    ASSERT_TRUE(result.ok());
    const Dataset &data = result.dataset;
    const TieGraph graph(data);
    const GraphView view(graph);
    const WorldMap map = WorldMap::readFile(ShippedMap);
    const MapPlacement placement(view, map);
    for (const auto &[key, code] : {std::pair{"serbia", "RS"}, std::pair{"russia", "RU"}, std::pair{"kosovo", "XK"}}) {
        const auto entity = data.findEntity(key);
        ASSERT_TRUE(entity);
        EXPECT_EQ(placement.stateOf(*map.find(code)), *entity) << key;
    }
    std::size_t withCountry = 0;
    for (const Entity &entity : data.entities())
        withCountry += entity.country.empty() ? 0 : 1;
    EXPECT_EQ(placement.placed().size(), withCountry); // every bundled code is on the map
    EXPECT_EQ(placement.unplaced().size(), data.entities().size() - withCountry);
    const CountryLinks links(view, placement);
    EXPECT_EQ(map.country(links.links().front().first).code == "RS" ||
                  map.country(links.links().front().second).code == "RS",
              true);
}

TEST(ClusterSpread, OverlappingClustersEndApartAndOthersStayHome)
{
    const std::vector<ClusterSpread::Circle> circles{
        {{100, 100}, 30}, {{110, 105}, 10}, {{95, 112}, 8}, {{400, 100}, 20}};
    const std::vector<Point> centres = ClusterSpread::spread(circles, 4.0);
    ASSERT_EQ(centres.size(), circles.size());
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = i + 1; j < 3; ++j)
            EXPECT_GE(std::hypot(centres[i].x - centres[j].x, centres[i].y - centres[j].y),
                      circles[i].radius + circles[j].radius + 3.0)
                << i << " " << j;
    EXPECT_EQ(centres[3], circles[3].centre); // far from the others: not moved
    // The big cluster moves least.
    const auto moved = [&](std::size_t i) {
        return std::hypot(centres[i].x - circles[i].centre.x, centres[i].y - circles[i].centre.y);
    };
    EXPECT_LT(moved(0), moved(1));
    EXPECT_EQ(ClusterSpread::spread(circles, 4.0), centres); // deterministic
}

// France beside a crowded Balkans: the crowd's clusters move round it, never it; and a moved
// cluster moves only as far as it must, so it ends touching a neighbour, not far away.
TEST(ClusterSpread, AClusterAloneAtHomeNeverMovesAndMovedOnesMoveLittle)
{
    const std::vector<ClusterSpread::Circle> circles{
        {{300, 300}, 60}, {{330, 310}, 20}, {{270, 300}, 20}, {{300, 270}, 15}, {{300, 335}, 15}, {{190, 300}, 18}};
    const std::vector<Point> centres = ClusterSpread::spread(circles, 4.0);
    EXPECT_EQ(centres[5], circles[5].centre); // France: overlaps none at home
    EXPECT_EQ(centres[0], circles[0].centre); // the largest of the crowd stays on its country
    const auto apart = [&](std::size_t i, std::size_t j) {
        return std::hypot(centres[i].x - centres[j].x, centres[i].y - centres[j].y);
    };
    for (std::size_t i = 1; i < 5; ++i) {
        EXPECT_NE(centres[i], circles[i].centre) << i;
        double nearestGap = 1e9;
        for (std::size_t j = 0; j < circles.size(); ++j) {
            if (j == i)
                continue;
            const double gap = apart(i, j) - circles[i].radius - circles[j].radius;
            EXPECT_GE(gap, 4.0 - 1e-9) << i << " " << j;
            nearestGap = std::min(nearestGap, gap);
        }
        EXPECT_LT(nearestGap, 4.0 + 3.0) << i; // moved until it just has room
    }
}
