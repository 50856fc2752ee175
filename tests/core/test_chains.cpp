// SPDX-License-Identifier: MIT
#include "analytics/chainfinder.h"
#include "analytics/dependencygraph.h"

#include <gtest/gtest.h>

#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

std::vector<std::string> keys(const Dataset &data, const DependencyChain &chain)
{
    std::vector<std::string> result;
    for (const EntityId id : chain.entities())
        result.push_back(data.entity(id).key);
    return result;
}

using Keys = std::vector<std::string>;

class FixtureChains : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};
    EntityId id(const char *key) const { return *data.findEntity(key); }
    TieId tie(const char *key) const { return *data.findTie(key); }
};

} // namespace

TEST_F(FixtureChains, FindsEnergyArmsAndDirectChainsRankedByScore)
{
    const DependencyGraph deps(GraphView{graph});
    const auto result = ChainFinder::find(deps, id("serbia"), id("russia"));
    ASSERT_EQ(result.chains.size(), 3U);
    EXPECT_FALSE(result.truncated);
    // Evidence weights: B2 0.82, C3 0.68, C2 0.74, D4 0.58 (0.5 + 0.5 * grade weight).
    // Direct: best of the two parallel ties, diplomacy 0.4 * 0.74 = 0.296.
    EXPECT_EQ(keys(data, result.chains[0]), (Keys{"serbia", "russia"}));
    EXPECT_NEAR(result.chains[0].score, 0.296, 1e-12);
    EXPECT_EQ(result.chains[0].hops[0].tie, tie("russia-serbia-dipl"));
    EXPECT_EQ(result.chains[0].hops[0].alternatives, std::vector<TieId>{tie("russia-serbia-intel")});
    // Energy: 0.7*0.82 * 0.9*0.82 * 0.9*0.68.
    EXPECT_EQ(keys(data, result.chains[1]), (Keys{"serbia", "nis", "gazprom-neft", "russia"}));
    EXPECT_NEAR(result.chains[1].score, 0.7 * 0.82 * 0.9 * 0.82 * 0.9 * 0.68, 1e-12);
    EXPECT_NEAR(result.chains[1].strength, 0.7 * 0.9 * 0.9, 1e-12);
    EXPECT_EQ(result.chains[1].hops[0].tie, tie("nis-supplies-serbia"));
    EXPECT_EQ(result.chains[1].hops[1].tie, tie("gpn-owns-nis"));
    EXPECT_EQ(result.chains[1].hops[2].tie, tie("russia-owns-gpn"));
    // Arms: the buyer depends on the system, the system on its maker. 0.6*0.82 * 0.7*0.68.
    EXPECT_EQ(keys(data, result.chains[2]), (Keys{"serbia", "mig-29", "russia"}));
    EXPECT_NEAR(result.chains[2].score, 0.6 * 0.82 * 0.7 * 0.68, 1e-12);
}

TEST_F(FixtureChains, HonoursTheFilterAndTheDirectionOfDependence)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    const DependencyGraph deps(FilterEngine::apply(graph, spec));
    const auto forward = ChainFinder::find(deps, id("serbia"), id("russia"));
    ASSERT_EQ(forward.chains.size(), 1U);
    EXPECT_EQ(keys(data, forward.chains[0]), (Keys{"serbia", "nis", "gazprom-neft", "russia"}));
    // Russia depends on nothing in Serbia's energy sector.
    EXPECT_TRUE(ChainFinder::find(deps, id("russia"), id("serbia")).chains.empty());
}

TEST_F(FixtureChains, ADateWindowBeforeTheTakeoverLeavesNoEnergyChain)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    spec.to = PartialDate::parse("2007");
    EXPECT_TRUE(ChainFinder::find(DependencyGraph(FilterEngine::apply(graph, spec)), id("serbia"), id("russia"))
                    .chains.empty());
}

TEST(Chains, RanksByProductOfStrengthsAndKeepsParallelTiesAsAlternatives)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b", "dep-from", 0.9);
    const TieId weakParallel = b.tie("a", "b", "dep-from", 0.3);
    b.tie("b", "c", "dep-from", 0.9);
    b.tie("a", "c", "dep-from", 0.5);
    b.tie("a", "d", "dep-from", 1.0);
    b.tie("c", "d", "dep-to", 0.6); // "dep-to": the "to" end depends on the "from" end, so d -> c
    b.tie("a", "c", "none", 1.0);   // no dependency: never a hop
    const TieGraph graph(b.data());
    const DependencyGraph deps(GraphView{graph});
    const auto result = ChainFinder::find(deps, b.entity("a"), b.entity("c"));
    ASSERT_EQ(result.chains.size(), 3U);
    EXPECT_EQ(keys(b.data(), result.chains[0]), (Keys{"a", "b", "c"})); // 0.81
    EXPECT_NEAR(result.chains[0].score, 0.81, 1e-12);
    EXPECT_EQ(result.chains[0].hops[0].alternatives, std::vector<TieId>{weakParallel});
    EXPECT_EQ(keys(b.data(), result.chains[1]), (Keys{"a", "d", "c"})); // 0.6
    EXPECT_EQ(keys(b.data(), result.chains[2]), (Keys{"a", "c"}));      // 0.5
    EXPECT_TRUE(ChainFinder::find(deps, b.entity("c"), b.entity("a")).chains.empty());

    ChainOptions top1;
    top1.topK = 1;
    const auto best = ChainFinder::find(deps, b.entity("a"), b.entity("c"), top1);
    ASSERT_EQ(best.chains.size(), 1U);
    EXPECT_EQ(best.chainsFound, 3U);
    EXPECT_EQ(keys(b.data(), best.chains[0]), (Keys{"a", "b", "c"}));

    ChainOptions shallow;
    shallow.maxDepth = 1;
    const auto direct = ChainFinder::find(deps, b.entity("a"), b.entity("c"), shallow);
    ASSERT_EQ(direct.chains.size(), 1U);
    EXPECT_EQ(keys(b.data(), direct.chains[0]), (Keys{"a", "c"}));
}

TEST(Chains, BoundedSearchOnADenseGraphStopsAndSaysSo)
{
    fixtures::GraphBuilder b;
    const int n = 14; // a complete mutual graph: billions of simple paths
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j)
            b.tie("v" + std::to_string(i), "v" + std::to_string(j), "mutual", 0.5);
    }
    const TieGraph graph(b.data());
    const DependencyGraph deps(GraphView{graph});
    ChainOptions options;
    options.maxDepth = 20;
    options.maxPaths = 500;
    const auto result = ChainFinder::find(deps, b.entity("v0"), b.entity("v1"), options);
    EXPECT_TRUE(result.truncated);
    EXPECT_EQ(result.chainsFound, 500U);
    ASSERT_EQ(result.chains.size(), 10U);
    EXPECT_EQ(keys(b.data(), result.chains[0]), (Keys{"v0", "v1"})); // the direct tie is best
    for (const auto &chain : result.chains)
        EXPECT_LE(chain.hops.size(), 20U);
}

TEST(Chains, RaisedCancelFlagThrows)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b");
    const TieGraph graph(b.data());
    const DependencyGraph deps(GraphView{graph});
    const std::atomic<bool> cancel{true};
    EXPECT_THROW((void)ChainFinder::find(deps, b.entity("a"), b.entity("b"), {}, &cancel), AnalysisCancelled);
}
