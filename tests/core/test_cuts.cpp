// SPDX-License-Identifier: MIT
#include "analytics/cutanalysis.h"

#include <gtest/gtest.h>

#include "analytics/analysiscancelled.h"
#include "analytics/dependencygraph.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

class FixtureCuts : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};
    EntityId id(const char *key) const { return *data.findEntity(key); }
    TieId tie(const char *key) const { return *data.findTie(key); }
    DependencyGraph inDomain(const char *domain) const
    {
        FilterSpec spec;
        spec.domains = std::set<std::string>{domain};
        return DependencyGraph(FilterEngine::apply(graph, spec));
    }
};

} // namespace

TEST_F(FixtureCuts, EnergyChainHasEveryHopAsASinglePointOfFailure)
{
    const auto cut = CutAnalysis::singlePoints(inDomain("energy"), id("serbia"), id("russia"));
    EXPECT_TRUE(cut.connected);
    EXPECT_EQ(cut.entities, (std::vector<EntityId>{id("nis"), id("gazprom-neft")}));
    EXPECT_EQ(cut.ties,
              (std::vector<TieId>{tie("nis-supplies-serbia"), tie("gpn-owns-nis"), tie("russia-owns-gpn")}));
}

TEST_F(FixtureCuts, SeveralRoutesLeaveNoSinglePoint)
{
    const auto cut = CutAnalysis::singlePoints(DependencyGraph(GraphView{graph}), id("serbia"), id("russia"));
    EXPECT_TRUE(cut.connected);
    EXPECT_TRUE(cut.entities.empty());
    EXPECT_TRUE(cut.ties.empty());
}

TEST_F(FixtureCuts, NoPathMeansNotConnected)
{
    const auto cut = CutAnalysis::singlePoints(inDomain("energy"), id("russia"), id("serbia"));
    EXPECT_FALSE(cut.connected);
    EXPECT_TRUE(cut.entities.empty());
}

TEST(Cuts, DiamondThenBottleneck)
{
    // a -> b -> d, a -> c -> d, d -> e (twice in parallel), e -> f
    fixtures::GraphBuilder b;
    b.tie("a", "b");
    b.tie("a", "c");
    b.tie("b", "d");
    b.tie("c", "d");
    b.tie("d", "e");
    b.tie("d", "e");
    const TieId ef = b.tie("e", "f");
    b.tie("f", "a"); // a cycle back must not confuse the search
    const TieGraph graph(b.data());
    const auto cut = CutAnalysis::singlePoints(DependencyGraph(GraphView{graph}), b.entity("a"), b.entity("f"));
    EXPECT_TRUE(cut.connected);
    EXPECT_EQ(cut.entities, (std::vector<EntityId>{b.entity("d"), b.entity("e")}));
    EXPECT_EQ(cut.ties, std::vector<TieId>{ef}); // d -> e has a parallel tie: no single point
}

TEST(Cuts, MutualTieUsedOneWayIsASinglePoint)
{
    fixtures::GraphBuilder b;
    const TieId ab = b.tie("b", "a", "mutual");
    b.tie("b", "c");
    const TieGraph graph(b.data());
    const auto cut = CutAnalysis::singlePoints(DependencyGraph(GraphView{graph}), b.entity("a"), b.entity("c"));
    EXPECT_EQ(cut.entities, std::vector<EntityId>{b.entity("b")});
    EXPECT_EQ(cut.ties.size(), 2U);
    EXPECT_EQ(cut.ties.front(), ab);
}

TEST(Cuts, StopsWhenCancelled)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b");
    const TieGraph graph(b.data());
    const std::atomic<bool> cancel{true};
    EXPECT_THROW((void)CutAnalysis::singlePoints(DependencyGraph(GraphView{graph}), b.entity("a"), b.entity("b"), &cancel),
                 AnalysisCancelled);
}
