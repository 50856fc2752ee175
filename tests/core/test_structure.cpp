// SPDX-License-Identifier: MIT
#include "analytics/centrality.h"
#include "analytics/communitydetection.h"
#include "analytics/egonetwork.h"
#include "analytics/pathfinder.h"

#include <gtest/gtest.h>

#include "analytics/dependencygraph.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "smallfixture.h"

using namespace tiescope;

TEST(Structure, BetweennessOfAPathGraph)
{
    fixtures::GraphBuilder b;
    // Directions and meanings are mixed on purpose: structure ignores both.
    b.tie("a", "b", "none");
    b.tie("c", "b", "dep-to");
    b.tie("c", "d", "mutual");
    b.tie("c", "d", "dep-from"); // parallel: still one shortest path through the pair
    b.tie("e", "d", "none");
    const TieGraph graph(b.data());
    const auto values = Centrality::betweenness(GraphView{graph});
    // Pairs whose only shortest path runs through the entity: b 3 (a-c, a-d, a-e), c 4, d 3.
    EXPECT_DOUBLE_EQ(values[b.entity("a").index()], 0.0);
    EXPECT_DOUBLE_EQ(values[b.entity("b").index()], 3.0);
    EXPECT_DOUBLE_EQ(values[b.entity("c").index()], 4.0);
    EXPECT_DOUBLE_EQ(values[b.entity("d").index()], 3.0);
    EXPECT_DOUBLE_EQ(values[b.entity("e").index()], 0.0);
}

TEST(Structure, BetweennessAndDegreeOfAStar)
{
    fixtures::GraphBuilder b;
    for (const char *leaf : {"l1", "l2", "l3", "l4", "l5"})
        b.tie("hub", leaf, "none");
    const TieGraph graph(b.data());
    const GraphView view(graph);
    const auto betweenness = Centrality::betweenness(view);
    EXPECT_DOUBLE_EQ(betweenness[b.entity("hub").index()], 10.0); // C(5, 2) leaf pairs
    EXPECT_DOUBLE_EQ(betweenness[b.entity("l3").index()], 0.0);
    const auto degree = Centrality::degree(view);
    EXPECT_DOUBLE_EQ(degree[b.entity("hub").index()], 5.0);
    EXPECT_DOUBLE_EQ(degree[b.entity("l1").index()], 1.0);
    const auto ranking = Centrality::ranking(view, betweenness);
    ASSERT_EQ(ranking.size(), 6U);
    EXPECT_EQ(ranking[0].entity, b.entity("hub"));
    EXPECT_EQ(ranking[1].entity, b.entity("l1")); // equal values keep id order
}

TEST(Structure, BetweennessHonoursTheView)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b", "none", 1.0, "A1", "energy");
    b.tie("b", "c", "none", 1.0, "A1", "energy");
    b.tie("a", "c", "none", 1.0, "A1", "arms");
    const TieGraph graph(b.data());
    EXPECT_DOUBLE_EQ(Centrality::betweenness(GraphView{graph})[b.entity("b").index()], 0.0);
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    EXPECT_DOUBLE_EQ(Centrality::betweenness(FilterEngine::apply(graph, spec))[b.entity("b").index()], 1.0);
}

TEST(Structure, PageRankOfTwoEntitiesSolvedByHand)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b", "dep-from"); // a depends on b; b depends on nothing (spreads evenly)
    const TieGraph graph(b.data());
    const auto rank = Centrality::pageRank(DependencyGraph(GraphView{graph}));
    // PR(a) = 0.15/2 + 0.85 * PR(b)/2, PR(a) + PR(b) = 1  =>  PR(a) = 0.5 / 1.425.
    EXPECT_NEAR(rank[b.entity("a").index()], 0.5 / 1.425, 1e-9);
    EXPECT_NEAR(rank[b.entity("b").index()], 1 - 0.5 / 1.425, 1e-9);
}

TEST(Structure, PageRankFavoursWhatManyDependOn)
{
    fixtures::GraphBuilder b;
    for (const char *client : {"c1", "c2", "c3"})
        b.tie(client, "supplier", "dep-from", 0.8);
    b.tie("c1", "c2", "none");
    const TieGraph graph(b.data());
    const GraphView view(graph);
    const auto rank = Centrality::pageRank(DependencyGraph(view));
    const auto ranking = Centrality::ranking(view, rank);
    EXPECT_EQ(ranking.front().entity, b.entity("supplier"));
    double sum = 0;
    for (const double v : rank)
        sum += v;
    EXPECT_NEAR(sum, 1.0, 1e-9);
}

TEST(Structure, LouvainSplitsTwoJoinedCliques)
{
    fixtures::GraphBuilder b;
    const std::vector<std::string> left{"a1", "a2", "a3", "a4"};
    const std::vector<std::string> right{"b1", "b2", "b3", "b4"};
    for (const auto *group : {&left, &right}) {
        for (std::size_t i = 0; i < group->size(); ++i) {
            for (std::size_t j = i + 1; j < group->size(); ++j)
                b.tie((*group)[i], (*group)[j], "none");
        }
    }
    b.tie("a1", "b1", "none");
    b.entity("loner");
    const TieGraph graph(b.data());
    const auto result = CommunityDetection::louvain(GraphView{graph});
    ASSERT_EQ(result.count, 3);
    for (const auto &key : left)
        EXPECT_EQ(result.community[b.entity(key).index()], 0) << key;
    for (const auto &key : right)
        EXPECT_EQ(result.community[b.entity(key).index()], 1) << key;
    EXPECT_EQ(result.community[b.entity("loner").index()], 2);
    // 13 ties; each side has 6 inside and a total degree of 13: Q = 2 * (12/26 - (13/26)^2).
    EXPECT_NEAR(result.modularity, 2 * (12.0 / 26 - 0.25), 1e-12);
    // Same input, same answer.
    EXPECT_EQ(CommunityDetection::louvain(GraphView{graph}).community, result.community);
}

TEST(Structure, ShortestPathAndEgoNetworkOnTheFixture)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const auto id = [&data](const char *key) { return *data.findEntity(key); };
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"};
    const GraphView energy = FilterEngine::apply(graph, spec);
    const auto path = PathFinder::shortestPath(energy, id("serbia"), id("russia"));
    ASSERT_TRUE(path.has_value());
    EXPECT_EQ(path->entities, (std::vector<EntityId>{id("serbia"), id("nis"), id("gazprom-neft"), id("russia")}));
    ASSERT_EQ(path->hops.size(), 3U);
    EXPECT_EQ(path->hops[0], std::vector<TieId>{*data.findTie("nis-supplies-serbia")});

    const GraphView all(graph);
    const auto direct = PathFinder::shortestPath(all, id("serbia"), id("russia"));
    ASSERT_TRUE(direct.has_value());
    EXPECT_EQ(direct->entities.size(), 2U);
    EXPECT_EQ(direct->hops[0].size(), 2U); // both parallel ties are listed
    EXPECT_FALSE(PathFinder::shortestPath(energy, id("serbia"), id("nato")).has_value());

    const auto ego = EgoNetwork::around(all, id("nis"), 1);
    EXPECT_EQ(ego.entities, (std::vector<EntityId>{id("nis"), id("serbia"), id("gazprom-neft")}));
    EXPECT_EQ(ego.distances, (std::vector<int>{0, 1, 1}));
    EXPECT_EQ(ego.ties, (std::vector<TieId>{*data.findTie("gpn-owns-nis"), *data.findTie("nis-supplies-serbia")}));
    const GraphView egoView = EgoNetwork::asView(all, ego);
    EXPECT_EQ(egoView.visibleEntityCount(), 3U);
    EXPECT_EQ(egoView.visibleTieCount(), 2U);
    EXPECT_FALSE(egoView.isVisible(id("russia")));
    const auto wider = EgoNetwork::around(all, id("nis"), 2);
    EXPECT_EQ(wider.entities.size(), 7U); // serbia reaches everyone else
}

TEST(Structure, LongAnalysesStopWhenCancelled)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b");
    b.tie("b", "c");
    const TieGraph graph(b.data());
    const GraphView view(graph);
    const DependencyGraph deps(view);
    const std::atomic<bool> cancel{true};
    // Betweenness is stopped from inside Boost's algorithm, through the centrality map.
    EXPECT_THROW((void)Centrality::betweenness(view, &cancel), AnalysisCancelled);
    EXPECT_THROW((void)Centrality::pageRank(deps, 0.85, &cancel), AnalysisCancelled);
    EXPECT_THROW((void)CommunityDetection::louvain(view, &cancel), AnalysisCancelled);
    const std::atomic<bool> goOn{false};
    EXPECT_NO_THROW((void)Centrality::betweenness(view, &goOn));
}
