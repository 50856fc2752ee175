// SPDX-License-Identifier: MIT
#include "layout/layoutregistry.h"
#include "layout/timelayout.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>

#include <gtest/gtest.h>

#include "filter/filterengine.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "layoutfixture.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

const std::vector<std::string> SimpleLayouts{"circular", "domain", "time"};

std::vector<Point> runLayout(const std::string &name, const LayoutRequest &request)
{
    const auto layout = LayoutRegistry::create(name);
    EXPECT_NE(layout, nullptr) << name;
    return layout ? layout->run(request) : std::vector<Point>{};
}

double angleOf(Point p)
{
    return std::atan2(p.y, p.x);
}

} // namespace

TEST(LayoutRegistryTest, EveryNameCreatesThatLayout)
{
    for (const std::string &name : LayoutRegistry::names()) {
        const auto layout = LayoutRegistry::create(name);
        ASSERT_NE(layout, nullptr) << name;
        EXPECT_EQ(layout->name(), name);
        EXPECT_FALSE(layout->label().empty());
    }
    for (const std::string &name : SimpleLayouts)
        EXPECT_NE(std::find(LayoutRegistry::names().begin(), LayoutRegistry::names().end(), name),
                  LayoutRegistry::names().end());
}

TEST(LayoutRegistryTest, UnknownNameGivesNull)
{
    EXPECT_EQ(LayoutRegistry::create("spiral"), nullptr);
    EXPECT_EQ(LayoutRegistry::create(""), nullptr);
}

TEST(SimpleLayoutTest, EightyLabelledNodesDoNotOverlapAndRunsRepeat)
{
    const Dataset data = fixtures::makeLayoutFixture(80);
    const TieGraph graph(data);
    const GraphView view(graph);
    LayoutRequest request;
    request.view = &view;
    for (const std::string &name : SimpleLayouts) {
        const auto positions = runLayout(name, request);
        ASSERT_EQ(positions.size(), 80U);
        EXPECT_EQ(positions, runLayout(name, request)) << name;
        double closest = 1e300;
        for (std::size_t a = 0; a < positions.size(); ++a) {
            for (std::size_t b = a + 1; b < positions.size(); ++b)
                closest = std::min(closest, distance(positions[a], positions[b]));
        }
        // A node is ~30 units wide; its label needs about as much again.
        EXPECT_GE(closest, 39.0) << name;
    }
}

TEST(SimpleLayoutTest, PinnedAndHiddenEntitiesKeepTheirPlace)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    FilterSpec spec;
    spec.domains = std::set<std::string>{"energy", "arms"};
    spec.isolated = IsolatedEntities::Hide; // hides nato and eu
    const GraphView view = FilterEngine::apply(graph, spec);
    const auto nato = data.findEntity("nato")->index();
    const auto serbia = data.findEntity("serbia")->index();
    ASSERT_FALSE(view.entityMask()[nato]);
    LayoutRequest request;
    request.view = &view;
    for (std::size_t i = 0; i < graph.entityCount(); ++i)
        request.initial.push_back(Point{1000.0 + static_cast<double>(i), -7.0});
    request.pinned.assign(graph.entityCount(), 0);
    request.pinned[serbia] = 1;
    for (const std::string &name : SimpleLayouts) {
        const auto positions = runLayout(name, request);
        EXPECT_EQ(positions[nato], request.initial[nato]) << name;
        EXPECT_EQ(positions[serbia], request.initial[serbia]) << name;
        const auto russia = data.findEntity("russia")->index();
        EXPECT_NE(positions[russia], request.initial[russia]) << name;
    }
}

TEST(SimpleLayoutTest, CircularPutsEveryoneOnOneCircleGroupedByDomain)
{
    const Dataset data = fixtures::makeLayoutFixture(80);
    const TieGraph graph(data);
    const GraphView view(graph);
    LayoutRequest request;
    request.view = &view;
    const auto positions = runLayout("circular", request);
    const double radius = distance(positions[0], Point{});
    std::vector<std::pair<double, std::uint32_t>> byAngle;
    for (std::uint32_t e = 0; e < positions.size(); ++e) {
        EXPECT_NEAR(distance(positions[e], Point{}), radius, 1e-6);
        double turn = angleOf(positions[e]) + std::numbers::pi / 2.0;
        byAngle.emplace_back(turn < -1e-9 ? turn + 2.0 * std::numbers::pi : turn, e);
    }
    std::sort(byAngle.begin(), byAngle.end());
    // The dominant domain of each entity, counted here from its incidences.
    const auto dominant = [&](std::uint32_t e) {
        std::map<std::uint32_t, int> counts;
        for (const auto &incidence : graph.incidences(EntityId(e)))
            ++counts[data.tie(incidence.tie).domain.value()];
        std::pair<int, std::uint32_t> best{0, 99};
        for (const auto &[domain, count] : counts) {
            if (count > best.first)
                best = {count, domain};
        }
        return best.second;
    };
    // Clockwise from the top, domains never decrease: each domain is one run on the circle.
    for (std::size_t i = 1; i < byAngle.size(); ++i)
        EXPECT_LE(dominant(byAngle[i - 1].second), dominant(byAngle[i].second));
}

TEST(SimpleLayoutTest, DomainSectorsDoNotInterleave)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const GraphView view(graph);
    LayoutRequest request;
    request.view = &view;
    const auto positions = runLayout("domain", request);
    // Dominant domains: energy for nis and gazprom-neft, arms for mig-29, diplomacy for nato,
    // economy for eu. Sectors follow domain order clockwise from the top, so angles from
    // the top increase with the domain index.
    const auto turn = [&](const char *key) {
        const double a = angleOf(positions[data.findEntity(key)->index()]) + std::numbers::pi / 2.0;
        return a < 0 ? a + 2.0 * std::numbers::pi : a;
    };
    EXPECT_LT(turn("nis"), turn("mig-29"));
    EXPECT_LT(turn("gazprom-neft"), turn("mig-29"));
    EXPECT_LT(turn("mig-29"), turn("nato"));
    EXPECT_LT(turn("nato"), turn("eu"));
}

TEST(SimpleLayoutTest, DomainPutsHubsNearerTheCentre)
{
    const Dataset data = fixtures::makeLayoutFixture(80, 3);
    const TieGraph graph(data);
    const GraphView view(graph);
    LayoutRequest request;
    request.view = &view;
    const auto positions = runLayout("domain", request);
    const auto degree = [&](std::size_t e) { return view.degree(EntityId(e)); };
    std::size_t hub = 0;
    std::size_t leaf = 0;
    for (std::size_t e = 0; e < positions.size(); ++e) {
        if (degree(e) > degree(hub))
            hub = e;
        if (degree(e) < degree(leaf))
            leaf = e;
    }
    ASSERT_GT(degree(hub), degree(leaf));
    EXPECT_LE(distance(positions[hub], Point{}), distance(positions[leaf], Point{}));
}

TEST(SimpleLayoutTest, TimeFollowsEarliestStartWithOpenStartsAtTheLeft)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const GraphView view(graph);
    LayoutRequest request;
    request.view = &view;
    const auto positions = runLayout("time", request);
    const auto x = [&](const char *key) { return positions[data.findEntity(key)->index()].x; };
    // russia and mig-29 touch ties with an open start; serbia's earliest is 1807 (diplomacy),
    // nis 2008, nato 2006-12-14, eu 2027.
    EXPECT_LT(x("russia"), x("serbia"));
    EXPECT_DOUBLE_EQ(x("russia"), x("mig-29"));
    EXPECT_LT(x("serbia"), x("nato"));
    EXPECT_LT(x("nato"), x("nis"));
    EXPECT_LT(x("nis"), x("eu"));
    // One year is YearWidth units: 1807 to 2027 is 220 years.
    EXPECT_NEAR(x("eu") - x("serbia"), 220.0 * TimeLayout::YearWidth, TimeLayout::YearWidth);
}

TEST(SimpleLayoutTest, TimeCountsOnlyVisibleTies)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    FilterSpec spec;
    spec.from = PartialDate::fromParts(2010);
    const GraphView view = FilterEngine::apply(graph, spec);
    LayoutRequest request;
    request.view = &view;
    const auto positions = runLayout("time", request);
    // With 1807 filtered out, serbia's earliest visible start is 2006-12 (the NATO tie).
    const auto x = [&](const char *key) { return positions[data.findEntity(key)->index()].x; };
    EXPECT_NEAR(x("nato"), x("serbia"), 1e-9);
}
