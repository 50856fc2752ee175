// SPDX-License-Identifier: MIT
#include "layout/forceatlas2layout.h"

#include <atomic>
#include <cmath>

#include <gtest/gtest.h>

#include "filter/filterengine.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/syntheticgenerator.h"
#include "layout/layoutgraph.h"
#include "layout/layoutquality.h"
#include "layoutfixture.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

// Mean distance of the visible entities from their centroid: the size of the picture.
double radiusOf(const GraphView &view, const std::vector<Point> &positions)
{
    Point centre;
    const auto visible = view.visibleEntities();
    for (const EntityId e : visible) {
        centre.x += positions[e.index()].x / static_cast<double>(visible.size());
        centre.y += positions[e.index()].y / static_cast<double>(visible.size());
    }
    double sum = 0.0;
    for (const EntityId e : visible)
        sum += distance(positions[e.index()], centre);
    return sum / static_cast<double>(visible.size());
}

class ForceLayoutTest : public ::testing::Test
{
protected:
    // Big enough for several Barnes-Hut blocks (so two threads really split the work) and
    // several coarsening levels.
    Dataset data = SyntheticGenerator::generate({3000, 12000, 21});
    TieGraph graph{data};
    GraphView all{graph};
};

} // namespace

TEST_F(ForceLayoutTest, SameSeedSamePictureForOneOrTwoThreads)
{
    LayoutRequest request;
    request.view = &all;
    request.seed = 5;
    const ForceAtlas2Layout layout;
    ForceAtlas2Layout::Report report;
    const auto one = layout.run(request, report);
    EXPECT_GT(report.levels, 2);
    EXPECT_TRUE(report.converged);
    request.threads = 2;
    EXPECT_EQ(layout.run(request), one);
    request.seed = 6;
    EXPECT_NE(layout.run(request), one);
}

TEST_F(ForceLayoutTest, PictureIsFaithfulOnAStructuredGraph)
{
    const Dataset ring = fixtures::makeLayoutFixture(80, 1); // mostly a ring of near neighbours
    const TieGraph ringGraph(ring);
    const GraphView view(ringGraph);
    LayoutRequest request;
    request.view = &view;
    const auto positions = ForceAtlas2Layout().run(request);
    const LayoutGraph layoutGraph = LayoutGraph::fromView(view);
    const auto quality = LayoutQuality::measure(layoutGraph, LayoutQuality::nodePositions(layoutGraph, positions), 80);
    // A random placement of the same graph scores far worse on both.
    std::vector<Point> random(positions.size());
    for (std::size_t i = 0; i < random.size(); ++i)
        random[i] = Point{static_cast<double>((i * 7919) % 101), static_cast<double>((i * 104729) % 89)};
    const auto baseline = LayoutQuality::measure(layoutGraph, LayoutQuality::nodePositions(layoutGraph, random), 80);
    EXPECT_LT(quality.stress, 0.5 * baseline.stress);
    EXPECT_GT(quality.neighbourhood, 2.0 * baseline.neighbourhood);
    // Nodes are kept apart: no two closer than a node's width.
    double closest = 1e300;
    for (std::size_t a = 0; a < positions.size(); ++a) {
        for (std::size_t b = a + 1; b < positions.size(); ++b)
            closest = std::min(closest, distance(positions[a], positions[b]));
    }
    EXPECT_GT(closest, 15.0);
}

TEST_F(ForceLayoutTest, PinnedStayAndHiddenKeepTheirPlace)
{
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy", "arms", "diplomacy"};
    spec.isolated = IsolatedEntities::Hide;
    const GraphView view = FilterEngine::apply(graph, spec);
    LayoutRequest request;
    request.view = &view;
    request.initial.assign(graph.entityCount(), Point{});
    for (std::size_t i = 0; i < request.initial.size(); ++i)
        request.initial[i] = Point{static_cast<double>(i % 50) * 40.0, static_cast<double>(i / 50) * 40.0};
    request.pinned.assign(graph.entityCount(), 0);
    std::vector<std::size_t> pinned;
    std::size_t hidden = graph.entityCount();
    for (std::size_t i = 0; i < graph.entityCount(); ++i) {
        if (view.entityMask()[i] && pinned.size() < 5 && i % 3 == 0) {
            request.pinned[i] = 1;
            pinned.push_back(i);
        }
        if (!view.entityMask()[i])
            hidden = i;
    }
    ASSERT_EQ(pinned.size(), 5U);
    ASSERT_LT(hidden, graph.entityCount());
    // A warm start from a spread picture, then a cold multilevel start where every entity
    // starts at the origin (pinned ones must stay there through every coarse level).
    for (const bool warm : {true, false}) {
        if (!warm)
            request.initial.assign(graph.entityCount(), Point{});
        ForceAtlas2Layout::Report report;
        const auto positions = ForceAtlas2Layout().run(request, report);
        EXPECT_EQ(report.warm, warm);
        EXPECT_EQ(report.levels > 1, !warm);
        for (const std::size_t p : pinned)
            EXPECT_EQ(positions[p], request.initial[p]);
        EXPECT_EQ(positions[hidden], request.initial[hidden]);
        EXPECT_NE(positions[pinned[0] + 1], request.initial[pinned[0] + 1]);
    }
}

TEST_F(ForceLayoutTest, WarmStartAfterAFilterChangeMovesLittle)
{
    LayoutRequest request;
    request.view = &all;
    const ForceAtlas2Layout layout;
    const auto before = layout.run(request);
    const double size = radiusOf(all, before);

    // Drop the ties of one domain out of nine, then lay out again from the current picture.
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy", "arms", "intelligence", "diplomacy", "economy",
                                         "finance", "media", "religion"};
    const GraphView filtered = FilterEngine::apply(graph, spec);
    request.view = &filtered;
    request.initial = before;
    ForceAtlas2Layout::Report report;
    const auto warm = layout.run(request, report);
    EXPECT_TRUE(report.warm);
    request.initial.clear();
    const auto cold = layout.run(request);

    double warmMove = 0.0;
    double coldMove = 0.0;
    for (const EntityId e : filtered.visibleEntities()) {
        warmMove += distance(warm[e.index()], before[e.index()]);
        coldMove += distance(cold[e.index()], before[e.index()]);
    }
    const auto count = static_cast<double>(filtered.visibleEntityCount());
    // On average an entity moves a small part of the picture's size, far less than when the
    // layout starts afresh.
    EXPECT_LT(warmMove / count, 0.15 * size);
    EXPECT_LT(warmMove, 0.3 * coldMove);
}

TEST_F(ForceLayoutTest, CancelReturnsEarlyWithUsablePositions)
{
    std::atomic<bool> cancel{false};
    LayoutRequest request;
    request.view = &all;
    request.cancel = &cancel;
    double lastProgress = 0.0;
    int reports = 0;
    request.progress = [&](double progress) {
        EXPECT_GE(progress, lastProgress);
        lastProgress = progress;
        if (++reports == 3)
            cancel = true;
    };
    ForceAtlas2Layout::Report report;
    const auto positions = ForceAtlas2Layout().run(request, report);
    EXPECT_TRUE(report.cancelled);
    EXPECT_LE(report.totalIterations, 3);
    EXPECT_LT(lastProgress, 1.0);
    ASSERT_EQ(positions.size(), graph.entityCount());
    for (const Point &p : positions)
        EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y));
    // What was reached so far comes back: the entities are spread, not all at the start.
    EXPECT_GT(radiusOf(all, positions), 100.0);
}

TEST_F(ForceLayoutTest, ProgressRisesToOne)
{
    LayoutRequest request;
    request.view = &all;
    std::vector<double> seen;
    request.progress = [&seen](double progress) { seen.push_back(progress); };
    (void)ForceAtlas2Layout().run(request);
    ASSERT_GT(seen.size(), 10U);
    for (std::size_t i = 1; i < seen.size(); ++i)
        EXPECT_GE(seen[i], seen[i - 1]);
    EXPECT_DOUBLE_EQ(seen.back(), 1.0);
}

TEST(ForceLayoutUntiedTest, UntiedEntitiesRingThePictureOrStayAfterAWarmStart)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy"}; // serbia, russia, nis, gazprom-neft tied
    const GraphView view = FilterEngine::apply(graph, spec);
    const auto nato = data.findEntity("nato")->index();
    const auto russia = data.findEntity("russia")->index();
    ASSERT_TRUE(view.entityMask()[nato]);
    LayoutRequest request;
    request.view = &view;
    const auto cold = ForceAtlas2Layout().run(request);
    double tiedRadius = 0.0;
    for (const char *key : {"serbia", "russia", "nis", "gazprom-neft"}) {
        const Point p = cold[data.findEntity(key)->index()];
        tiedRadius = std::max(tiedRadius, std::hypot(p.x, p.y));
    }
    EXPECT_GT(std::hypot(cold[nato].x, cold[nato].y), tiedRadius);
    EXPECT_LT(std::hypot(cold[nato].x, cold[nato].y), 3.0 * tiedRadius + 200.0);

    request.initial = cold;
    request.initial[nato] = Point{-500.0, 40.0};
    const auto warm = ForceAtlas2Layout().run(request);
    EXPECT_EQ(warm[nato], request.initial[nato]);
    EXPECT_LT(distance(warm[russia], cold[russia]), 0.2 * tiedRadius);
}
