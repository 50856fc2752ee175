// SPDX-License-Identifier: MIT
#include "layout/layoutquality.h"

#include <gtest/gtest.h>

#include "layout/layoutgraph.h"

using namespace tiescope;

namespace {

LayoutGraph path(std::uint32_t n)
{
    std::vector<LayoutGraph::Edge> edges;
    for (std::uint32_t i = 0; i + 1 < n; ++i)
        edges.push_back({i, i + 1, 1.0});
    return LayoutGraph(n, std::move(edges));
}

std::vector<Point> onLine(std::initializer_list<double> xs, double scale = 1.0)
{
    std::vector<Point> result;
    for (const double x : xs)
        result.push_back(Point{x * scale, 0.0});
    return result;
}

} // namespace

TEST(LayoutQualityTest, PathOnALineIsPerfectAtAnyScale)
{
    for (const double scale : {1.0, 37.5}) {
        const auto q = LayoutQuality::measure(path(6), onLine({0, 1, 2, 3, 4, 5}, scale));
        EXPECT_NEAR(q.stress, 0.0, 1e-12);
        EXPECT_DOUBLE_EQ(q.neighbourhood, 1.0);
        EXPECT_EQ(q.pairs, 30U); // every ordered pair of 6 nodes
        EXPECT_EQ(q.samples, 6U);
    }
}

TEST(LayoutQualityTest, StressOfAFoldedPathMatchesTheHandResult)
{
    // a-b-c with a and c on one spot: ratios x/d are 1, 0, 1 (each pair both ways), the best
    // scale is 1, and the stress is (0 + 1 + 0) / 3.
    const auto q = LayoutQuality::measure(path(3), onLine({0, 1, 0}));
    EXPECT_NEAR(q.stress, 1.0 / 3.0, 1e-12);
}

TEST(LayoutQualityTest, NeighbourhoodOfASwappedPathMatchesTheHandResult)
{
    // Path 0-1-2-3 drawn in the order 0, 2, 1, 3: Jaccard 0, 1/3, 1/3, 0 per node.
    const auto q = LayoutQuality::measure(path(4), onLine({0, 2, 1, 3}));
    EXPECT_NEAR(q.neighbourhood, 1.0 / 6.0, 1e-12);
    EXPECT_GT(q.stress, 0.01);
}

TEST(LayoutQualityTest, UnreachablePairsDoNotCount)
{
    // Two separate edges, drawn far apart and at different lengths: only the two tied pairs
    // (both ways) count, and one scale cannot fit lengths 1 and 3, so the stress is not 0.
    const LayoutGraph graph(4, {{0, 1, 1.0}, {2, 3, 1.0}});
    const auto q = LayoutQuality::measure(graph, onLine({0, 1, 100, 103}));
    EXPECT_EQ(q.pairs, 4U);
    // Best scale a = sum(r) / sum(r^2) = 8 / 20 = 0.4: ((0.4 - 1)^2 + (1.2 - 1)^2) / 2 = 0.2.
    EXPECT_NEAR(q.stress, 0.2, 1e-12);
    EXPECT_DOUBLE_EQ(q.neighbourhood, 1.0);
}

TEST(LayoutQualityTest, SamplingIsSeededAndBounded)
{
    const LayoutGraph graph = path(50);
    std::vector<Point> positions;
    for (int i = 0; i < 50; ++i)
        positions.push_back(Point{static_cast<double>(i % 7), static_cast<double>(i / 7)});
    const auto a = LayoutQuality::measure(graph, positions, 10, 3);
    const auto b = LayoutQuality::measure(graph, positions, 10, 3);
    EXPECT_EQ(a.samples, 10U);
    EXPECT_EQ(a.pairs, 10U * 49U);
    EXPECT_DOUBLE_EQ(a.stress, b.stress);
    EXPECT_DOUBLE_EQ(a.neighbourhood, b.neighbourhood);
}
