// SPDX-License-Identifier: MIT
#include "layout/componentpacker.h"

#include <gtest/gtest.h>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

class ComponentPackerTest : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};
    std::uint32_t id(const char *key) const { return data.findEntity(key)->value(); }

    // Serbia hidden: {russia, gazprom-neft, nis, mig-29} stay joined; nato and eu are alone.
    GraphView withoutSerbia() const
    {
        std::vector<std::uint8_t> entities(data.entities().size(), 1);
        entities[id("serbia")] = 0;
        return GraphView(graph, entities, std::vector<std::uint8_t>(data.ties().size(), 1));
    }
};

} // namespace

TEST_F(ComponentPackerTest, FarIslandsComeBesideTheLargestComponentWhichStays)
{
    const GraphView view = withoutSerbia();
    std::vector<Point> positions(data.entities().size());
    positions[id("russia")] = {0, 0};
    positions[id("gazprom-neft")] = {100, 0};
    positions[id("nis")] = {200, 50};
    positions[id("mig-29")] = {50, 120};
    positions[id("nato")] = {90000, 40000};
    positions[id("eu")] = {-70000, 5000};
    const std::vector<Point> before = positions;
    const std::vector<std::uint32_t> entities{id("russia"), id("gazprom-neft"), id("nis"), id("mig-29"), id("nato"),
                                              id("eu")};

    ComponentPacker::pack(view, entities, {}, positions, 60.0);

    for (const char *key : {"russia", "gazprom-neft", "nis", "mig-29"})
        EXPECT_EQ(positions[id(key)], before[id(key)]) << key;
    for (const char *key : {"nato", "eu"}) {
        // Under the main component (its bottom is y = 120), within a few gaps of it.
        EXPECT_GT(positions[id(key)].y, 120.0) << key;
        EXPECT_LT(positions[id(key)].y, 120.0 + 5 * 60.0) << key;
        EXPECT_GE(positions[id(key)].x, 0.0) << key;
        EXPECT_LT(positions[id(key)].x, 1000.0) << key;
    }
    EXPECT_NE(positions[id("nato")], positions[id("eu")]);
}

TEST_F(ComponentPackerTest, APinnedIslandStaysWhereItIs)
{
    const GraphView view = withoutSerbia();
    std::vector<Point> positions(data.entities().size());
    positions[id("russia")] = {0, 0};
    positions[id("nis")] = {200, 50};
    positions[id("nato")] = {90000, 40000};
    std::vector<std::uint8_t> fixed(data.entities().size(), 0);
    fixed[id("nato")] = 1;
    ComponentPacker::pack(view, {id("russia"), id("nis"), id("nato")}, fixed, positions, 60.0);
    EXPECT_EQ(positions[id("nato")], (Point{90000, 40000}));
}

TEST_F(ComponentPackerTest, KeepInPlacePutsDriftedComponentsBack)
{
    const GraphView view = withoutSerbia();
    std::vector<Point> start(data.entities().size());
    start[id("russia")] = {0, 0};
    start[id("nis")] = {100, 0};
    start[id("nato")] = {500, 500};
    std::vector<Point> drifted = start;
    for (Point &p : drifted)
        p.x += 3000; // everything drifted right
    drifted[id("nis")].y = 40; // and the main component changed shape a little
    ComponentPacker::keepInPlace(view, {id("russia"), id("nis"), id("nato")}, {}, start, drifted);
    EXPECT_EQ(drifted[id("nato")], (Point{500, 500}));
    EXPECT_NEAR(drifted[id("russia")].x + drifted[id("nis")].x, 100.0, 1e-9); // centre back in place
    EXPECT_NEAR(drifted[id("nis")].y - drifted[id("russia")].y, 40.0, 1e-9);   // shape kept
}
