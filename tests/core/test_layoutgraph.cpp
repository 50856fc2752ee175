// SPDX-License-Identifier: MIT
#include "layout/barneshuttree.h"
#include "layout/coarsener.h"
#include "layout/layoutgraph.h"

#include <cmath>
#include <numeric>

#include <gtest/gtest.h>

#include "filter/filterengine.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/syntheticgenerator.h"
#include "model/seededrandom.h"
#include "smallfixture.h"

using namespace tiescope;

TEST(LayoutGraphTest, MergesParallelTiesAndKeepsOnlyVisibleEntities)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    FilterSpec spec;
    spec.isolated = IsolatedEntities::Hide;
    spec.domains = std::set<std::string>{"energy", "intelligence", "diplomacy"};
    const GraphView view = FilterEngine::apply(graph, spec);
    const LayoutGraph layoutGraph = LayoutGraph::fromView(view);
    // serbia, russia, nis, gazprom-neft, nato are visible; mig-29 and eu are not.
    ASSERT_EQ(layoutGraph.nodeCount(), 5U);
    // Ties: gpn-nis, russia-gpn, nis-serbia, serbia-nato, and russia-serbia twice (merged).
    EXPECT_EQ(layoutGraph.edgeCount(), 5U);
    for (std::uint32_t i = 0; i < layoutGraph.nodeCount(); ++i) {
        EXPECT_TRUE(view.isVisible(EntityId(layoutGraph.entityOf(i))));
        EXPECT_DOUBLE_EQ(layoutGraph.masses()[i], 1.0 + static_cast<double>(layoutGraph.neighbours(i).size()));
    }
}

TEST(LayoutGraphTest, EdgeListConstructorSumsRepeatsAndDropsSelfLoops)
{
    const LayoutGraph graph(3, {{0, 1, 1.0}, {1, 0, 2.0}, {2, 2, 1.0}, {1, 2, 0.5}});
    EXPECT_EQ(graph.edgeCount(), 2U);
    ASSERT_EQ(graph.neighbours(1).size(), 2U);
    EXPECT_DOUBLE_EQ(graph.weights(0)[0], 3.0);
    EXPECT_DOUBLE_EQ(graph.masses()[1], 1.0 + 3.0 + 0.5);
}

TEST(BarnesHutTreeTest, MatchesExactRepulsionWhenThetaIsZeroAndIsCloseOtherwise)
{
    SeededRandom random(9);
    std::vector<Point> positions(500);
    std::vector<double> masses(500);
    for (std::size_t i = 0; i < positions.size(); ++i) {
        positions[i] = Point{random.uniform() * 100.0, random.uniform() * 100.0};
        masses[i] = 1.0 + static_cast<double>(random.below(5));
    }
    BarnesHutTree tree;
    tree.build(positions, masses);
    double worst = 0.0;
    for (std::uint32_t i = 0; i < positions.size(); i += 7) {
        Point exact;
        for (std::uint32_t j = 0; j < positions.size(); ++j) {
            if (j == i)
                continue;
            const double dx = positions[i].x - positions[j].x;
            const double dy = positions[i].y - positions[j].y;
            const double factor = 2.0 * masses[i] * masses[j] / (dx * dx + dy * dy);
            exact.x += dx * factor;
            exact.y += dy * factor;
        }
        const Point zero = tree.force(i, positions[i], masses[i], {2.0, 0.0, 0.0});
        EXPECT_NEAR(zero.x, exact.x, 1e-9 * (1.0 + std::abs(exact.x)));
        EXPECT_NEAR(zero.y, exact.y, 1e-9 * (1.0 + std::abs(exact.y)));
        const Point approx = tree.force(i, positions[i], masses[i], {2.0, 1.0, 0.0});
        const double error = std::hypot(approx.x - exact.x, approx.y - exact.y);
        worst = std::max(worst, error / std::hypot(exact.x, exact.y));
    }
    EXPECT_LT(worst, 0.1);
}

TEST(CoarsenerTest, ShrinksAHeavyTailedGraphAndKeepsMassAndPins)
{
    const Dataset data = SyntheticGenerator::generate({2000, 10000, 4});
    const TieGraph graph(data);
    const GraphView view(graph);
    const LayoutGraph fine = LayoutGraph::fromView(view);
    std::vector<std::uint8_t> fixed(fine.nodeCount(), 0);
    fixed[0] = 1;
    fixed[1] = 1;
    const auto level = Coarsener::coarsen(fine, fixed, 1);
    ASSERT_TRUE(level.has_value());
    const std::size_t coarseCount = level->graph.nodeCount();
    EXPECT_LT(coarseCount, fine.nodeCount() * 4 / 5);
    ASSERT_EQ(level->group.size(), fine.nodeCount());
    std::vector<int> members(coarseCount, 0);
    for (const std::uint32_t g : level->group) {
        ASSERT_LT(g, coarseCount);
        ++members[g];
    }
    EXPECT_EQ(members[level->group[0]], 1);
    EXPECT_EQ(members[level->group[1]], 1);
    const double fineMass = std::accumulate(fine.masses().begin(), fine.masses().end(), 0.0);
    const double coarseMass = std::accumulate(level->graph.masses().begin(), level->graph.masses().end(), 0.0);
    EXPECT_NEAR(coarseMass, fineMass, 1e-6 * fineMass);
}
