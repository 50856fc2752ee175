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

TEST_F(GraphTest, DegreesAreTheVisibleDegreeOfEveryEntity)
{
    std::vector<std::uint8_t> ties(9, 1);
    ties[data.findTie("russia-serbia-dipl")->index()] = 0;
    const GraphView view(graph, std::vector<std::uint8_t>(7, 1), ties);
    const std::vector<std::uint32_t> degrees = view.degrees();
    ASSERT_EQ(degrees.size(), 7U);
    EXPECT_EQ(degrees[id("serbia").index()], 5U); // six ties, one hidden
    EXPECT_EQ(degrees[id("russia").index()], 3U);
    EXPECT_EQ(degrees[id("nato").index()], 1U);
    for (std::size_t e = 0; e < degrees.size(); ++e)
        EXPECT_EQ(degrees[e], view.degree(EntityId(e))) << data.entities()[e].key;

    // A hidden entity has no visible tie left, so its degree is 0.
    std::vector<std::uint8_t> entities(7, 1);
    entities[id("nis").index()] = 0;
    const GraphView withoutNis(graph, entities, std::vector<std::uint8_t>(9, 1));
    EXPECT_EQ(withoutNis.degrees()[id("nis").index()], 0U);
    EXPECT_EQ(withoutNis.degrees()[id("gazprom-neft").index()], 1U);

    // A self-tie counts twice, as degree() counts it.
    Dataset looped = fixtures::makeSmallFixture();
    Tie self = looped.tie(*looped.findTie("serbia-pfp"));
    self.key = "serbia-self";
    self.to = self.from;
    looped.addTie(std::move(self));
    const TieGraph loopedGraph(looped);
    const GraphView all(loopedGraph);
    EXPECT_EQ(all.degrees()[id("serbia").index()], 8U);
    EXPECT_EQ(all.degree(id("serbia")), 8U);
}

TEST_F(GraphTest, OnlyDomainKeepsTheDomainsVisibleTiesAndEveryEntity)
{
    std::vector<std::uint8_t> ties(9, 1);
    ties[data.findTie("gpn-owns-nis")->index()] = 0;
    const GraphView view(graph, std::vector<std::uint8_t>(7, 1), ties);
    const GraphView energy = view.onlyDomain(*data.findDomain("energy"));
    // Of the three energy ties, the one the view hides stays hidden.
    std::vector<std::string> shown;
    for (const TieId t : energy.visibleTies())
        shown.push_back(data.tie(t).key);
    EXPECT_EQ(shown, (std::vector<std::string>{"russia-owns-gpn", "nis-supplies-serbia"}));
    EXPECT_EQ(energy.visibleEntityCount(), 7U);
    EXPECT_EQ(energy.entityMask(), view.entityMask());
    EXPECT_EQ(energy.degree(id("serbia")), 1U);
    EXPECT_EQ(view.onlyDomain(*data.findDomain("economy")).visibleTieCount(), 1U);
}
