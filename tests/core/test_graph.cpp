// SPDX-License-Identifier: MIT
#include "graph/graphview.h"
#include "graph/tiegraph.h"

#include <gtest/gtest.h>

#include "smallfixture.h"

using namespace tiescope;

namespace {

class GraphTest : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};
    EntityId id(const char *key) const { return *data.findEntity(key); }
};

} // namespace

TEST_F(GraphTest, HasOneVertexPerEntityAndOneEdgePerTie)
{
    EXPECT_EQ(graph.entityCount(), 7U);
    EXPECT_EQ(graph.tieCount(), 9U);
}

TEST_F(GraphTest, ParallelTiesAreSeparateEdges)
{
    const auto between = graph.tiesBetween(id("russia"), id("serbia"));
    ASSERT_EQ(between.size(), 2U);
    EXPECT_NE(data.tie(between[0]).domain, data.tie(between[1]).domain);
    EXPECT_EQ(graph.tiesBetween(id("serbia"), id("russia")).size(), 2U);
}

TEST_F(GraphTest, IncidencesSeparateOutgoingAndIncoming)
{
    EXPECT_EQ(graph.outTies(id("russia")).size(), 4U);
    EXPECT_EQ(graph.inTies(id("russia")).size(), 0U);
    EXPECT_EQ(graph.inTies(id("serbia")).size(), 4U);
    EXPECT_EQ(graph.outTies(id("serbia")).size(), 2U);
}

TEST_F(GraphTest, FullViewCountsEverything)
{
    const GraphView view(graph);
    EXPECT_EQ(view.visibleEntityCount(), 7U);
    EXPECT_EQ(view.visibleTieCount(), 9U);
    EXPECT_EQ(view.degree(id("serbia")), 6U);
    const auto neighbours = view.neighbours(id("serbia"));
    EXPECT_EQ(neighbours.size(), 5U); // russia twice counts once
    int count = 0;
    const auto components = view.components(&count);
    EXPECT_EQ(count, 1);
    EXPECT_EQ(components[id("eu").index()], 0);
}

TEST_F(GraphTest, HiddenEntityHidesItsTiesAndSplitsComponents)
{
    std::vector<std::uint8_t> entities(7, 1);
    entities[id("serbia").index()] = 0;
    const GraphView view(graph, entities, std::vector<std::uint8_t>(9, 1));
    EXPECT_EQ(view.visibleTieCount(), 3U); // gpn-owns-nis, russia-owns-gpn, russia-makes-mig
    EXPECT_EQ(view.degree(id("serbia")), 0U);
    int count = 0;
    const auto components = view.components(&count);
    EXPECT_EQ(count, 3); // {russia, gpn, nis, mig-29}, {nato}, {eu}
    EXPECT_EQ(components[id("serbia").index()], -1);
    EXPECT_EQ(components[id("nis").index()], components[id("mig-29").index()]);
    EXPECT_NE(components[id("nato").index()], components[id("eu").index()]);
}

TEST_F(GraphTest, RejectsMasksOfTheWrongSize)
{
    EXPECT_THROW(GraphView(graph, std::vector<std::uint8_t>(3, 1), std::vector<std::uint8_t>(9, 1)),
                 std::invalid_argument);
}
