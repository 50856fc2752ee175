// SPDX-License-Identifier: MIT
#include "analytics/exposureanalysis.h"

#include <gtest/gtest.h>

#include "analytics/dependencygraph.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "model/dateinterval.h"
#include "smallfixture.h"

using namespace tiescope;

TEST(Exposure, CombinesChainsWithDecayAndNoisyOr)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b", "dep-from", 0.9);
    b.tie("a", "b", "dep-from", 0.2, "F6"); // weaker parallel tie: the strongest one counts
    b.tie("b", "c", "dep-from", 0.9);
    b.tie("a", "c", "dep-from", 0.5);
    b.tie("a", "d", "dep-from", 1.0);
    b.tie("d", "c", "dep-from", 0.6);
    const TieGraph graph(b.data());
    const DependencyGraph deps(GraphView{graph});
    const auto score = ExposureAnalysis::exposure(deps, b.entity("a"), b.entity("c"));
    // a-b-c: 0.81 * 0.8 = 0.648; a-d-c: 0.6 * 0.8 = 0.48; a-c: 0.5.
    EXPECT_NEAR(score.exposure, 1.0 - (1 - 0.648) * (1 - 0.48) * (1 - 0.5), 1e-12);
    EXPECT_EQ(score.chains, 3U);
    EXPECT_FALSE(score.truncated);
    EXPECT_EQ(ExposureAnalysis::exposure(deps, b.entity("c"), b.entity("a")).exposure, 0.0);

    ExposureOptions noDecay;
    noDecay.decay = 1.0;
    EXPECT_NEAR(ExposureAnalysis::exposure(deps, b.entity("a"), b.entity("c"), noDecay).exposure,
                1.0 - (1 - 0.81) * (1 - 0.6) * (1 - 0.5), 1e-12);
}

TEST(Exposure, FixtureSerbiaOnRussiaOverallAndPerDomain)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const DependencyGraph deps(GraphView{graph});
    const EntityId serbia = *data.findEntity("serbia");
    const EntityId russia = *data.findEntity("russia");
    const double energy = 0.7 * 0.9 * 0.9 * 0.8 * 0.8; // three hops
    const double arms = 0.6 * 0.7 * 0.8;              // two hops
    const double direct = 0.4;                        // two parallel mutual ties, one hop
    EXPECT_NEAR(ExposureAnalysis::exposure(deps, serbia, russia).exposure,
                1.0 - (1 - energy) * (1 - arms) * (1 - direct), 1e-12);

    const auto energyOnly = deps.restrictedTo(DateInterval(), data.findDomain("energy"));
    EXPECT_NEAR(ExposureAnalysis::exposure(energyOnly, serbia, russia).exposure, energy, 1e-12);

    // The same through the filter: the analysis honours whatever view it is given.
    FilterSpec spec;
    spec.domains = std::set<std::string>{"arms"};
    EXPECT_NEAR(ExposureAnalysis::exposure(DependencyGraph(FilterEngine::apply(graph, spec)), serbia, russia).exposure,
                arms, 1e-12);
}

TEST(Exposure, SeriesCountsATieInEveryYearItsIntervalOverlaps)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const DependencyGraph deps(GraphView{graph});
    const EntityId serbia = *data.findEntity("serbia");
    const EntityId russia = *data.findEntity("russia");
    const double energy = 0.7 * 0.9 * 0.9 * 0.8 * 0.8;
    const auto series = ExposureAnalysis::series(deps, serbia, russia, 2006, 2009, data.findDomain("energy"));
    ASSERT_EQ(series.size(), 4U);
    EXPECT_EQ(series[0].year, 2006);
    // The energy chain needs russia-owns-gpn, which is undated: no year of the dated series
    // has it, and what it would add is reported apart (issue 11: undated is not "always").
    for (const auto &point : series) {
        EXPECT_EQ(point.score.exposure, 0.0) << point.year;
        EXPECT_EQ(point.certain.exposure, 0.0) << point.year;
    }
    EXPECT_EQ(series[1].withUndated.exposure, 0.0);                  // 2007: NIS not yet taken over
    EXPECT_NEAR(series[2].withUndated.exposure, energy, 1e-12);      // NIS taken over in 2008
    EXPECT_NEAR(series[3].undatedExtra(), energy, 1e-12);

    // All domains: intelligence (2015..2020, mutual 0.4) is dated and certain; energy and arms
    // (from 2017-10) each need an undated tie (russia-owns-gpn, russia-makes-mig).
    const auto all = ExposureAnalysis::series(deps, serbia, russia, 2014, 2021, std::nullopt);
    const double arms = 0.6 * 0.7 * 0.8;
    EXPECT_EQ(all[0].score.exposure, 0.0);                                                  // 2014
    EXPECT_NEAR(all[0].withUndated.exposure, energy, 1e-12);
    EXPECT_NEAR(all[1].score.exposure, 0.4, 1e-12);                                         // 2015
    EXPECT_NEAR(all[1].certain.exposure, 0.4, 1e-12);
    EXPECT_NEAR(all[1].withUndated.exposure, 1 - (1 - energy) * (1 - 0.4), 1e-12);
    EXPECT_NEAR(all[3].score.exposure, 0.4, 1e-12);                                         // 2017
    EXPECT_NEAR(all[3].withUndated.exposure, 1 - (1 - energy) * (1 - 0.4) * (1 - arms), 1e-12);
    EXPECT_EQ(all[7].score.exposure, 0.0);                                                  // 2021
    EXPECT_NEAR(all[7].withUndated.exposure, 1 - (1 - energy) * (1 - arms), 1e-12);

    const auto range = ExposureAnalysis::yearRange(deps);
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->first, 1807);
    EXPECT_EQ(range->second, 2027);
}

TEST(Exposure, YearOfDayHandlesEpochAndLeapYears)
{
    EXPECT_EQ(tiescope::yearOfDay(0), 1970);
    EXPECT_EQ(tiescope::yearOfDay(-1), 1969);
    EXPECT_EQ(tiescope::yearOfDay(daysFromCivil(2000, 12, 31)), 2000);
    EXPECT_EQ(tiescope::yearOfDay(daysFromCivil(2001, 1, 1)), 2001);
    EXPECT_EQ(tiescope::yearOfDay(daysFromCivil(1807, 6, 1)), 1807);
    EXPECT_EQ(tiescope::yearOfDay(daysFromCivil(2024, 2, 29)), 2024);
    EXPECT_EQ(tiescope::yearOfDay(daysFromCivil(1, 1, 1)), 1);
    // The open ends' sentinels: a year millions away, not a search that never ends (it did).
    EXPECT_GT(tiescope::yearOfDay(tiescope::DateInterval::Max), 5'000'000);
    EXPECT_LT(tiescope::yearOfDay(tiescope::DateInterval::Min), -5'000'000);
}

TEST(Exposure, YearOfDayChangesExactlyOnTheFirstOfJanuary)
{
    // Every day from 1 January of year -1000 to 9999's end falls in the year whose first day
    // it is at or after and whose next year's first day it is before.
    for (int year = -1000; year <= 9999; ++year) {
        const std::int32_t first = daysFromCivil(year, 1, 1);
        const std::int32_t next = daysFromCivil(year + 1, 1, 1);
        ASSERT_EQ(tiescope::yearOfDay(first), year);
        ASSERT_EQ(tiescope::yearOfDay(first - 1), year - 1);
        ASSERT_EQ(tiescope::yearOfDay(next - 1), year);
        ASSERT_EQ(tiescope::yearOfDay(first + (next - first) / 2), year);
    }
}

TEST(Exposure, SeriesStopsWhenCancelled)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const DependencyGraph deps(GraphView{graph});
    const std::atomic<bool> cancel{true};
    EXPECT_THROW((void)ExposureAnalysis::series(deps, *data.findEntity("serbia"), *data.findEntity("russia"), 2000,
                                                2010, std::nullopt, {}, &cancel),
                 AnalysisCancelled);
}

TEST(Exposure, SaturatedScoreStopsTheSearchWithoutCallingItTruncated)
{
    fixtures::GraphBuilder b;
    // Thirty direct parallel routes a -> mi -> z of value 0.81 * 0.8: the score reaches 1 - 1e-9
    // long before all are enumerated.
    for (int i = 0; i < 30; ++i) {
        b.tie("a", "m" + std::to_string(i), "dep-from", 0.9);
        b.tie("m" + std::to_string(i), "z", "dep-from", 0.9);
    }
    const TieGraph graph(b.data());
    const auto score = ExposureAnalysis::exposure(DependencyGraph(GraphView{graph}), b.entity("a"), b.entity("z"));
    EXPECT_NEAR(score.exposure, 1.0, 1e-9);
    EXPECT_FALSE(score.truncated);
    EXPECT_LT(score.chains, 30U);
}
