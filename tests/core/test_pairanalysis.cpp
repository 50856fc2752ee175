// SPDX-License-Identifier: MIT
#include "analytics/pairanalysis.h"

#include <gtest/gtest.h>

#include "analytics/dependencygraph.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

class PairAnalysisTest : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};
    GraphView view{graph};
    EntityId id(const char *key) const { return *data.findEntity(key); }
    DomainId domain(const char *key) const { return *data.findDomain(key); }
};

} // namespace

TEST_F(PairAnalysisTest, OneCallGivesChainsExposureSeriesAndCutsForADomain)
{
    PairAnalysis::Options options;
    options.domain = domain("energy");
    options.fromYear = 2007;
    options.toYear = 2008;
    std::vector<double> progress;
    const auto result = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options, nullptr,
                                          [&progress](double f) { progress.push_back(f); });
    ASSERT_EQ(result.chains.chains.size(), 1U);
    EXPECT_NEAR(result.exposure.exposure, 0.7 * 0.9 * 0.9 * 0.64, 1e-12);
    ASSERT_EQ(result.series.size(), 1U);
    EXPECT_FALSE(result.series[0].domain.has_value());
    ASSERT_EQ(result.series[0].points.size(), 2U);
    EXPECT_EQ(result.series[0].points[0].withUndated.exposure, 0.0);
    // The energy chain needs the undated russia-owns-gpn: only the undated part has it.
    EXPECT_EQ(result.series[0].points[1].score.exposure, 0.0);
    EXPECT_NEAR(result.series[0].points[1].withUndated.exposure, result.exposure.exposure, 1e-12);
    EXPECT_EQ(result.years, (std::pair{2007, 2008}));
    EXPECT_EQ(result.cuts.entities.size(), 2U);
    EXPECT_TRUE(result.domainScores.empty()); // not asked for
    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.back(), 1.0);

    // Without a year range the series spans the years the data names.
    const auto spanned = PairAnalysis::run(view, id("serbia"), id("russia"));
    ASSERT_EQ(spanned.series.size(), 1U);
    EXPECT_EQ(spanned.series[0].points.front().year, 1807);
    EXPECT_EQ(spanned.series[0].points.back().year, 2027);
}

TEST_F(PairAnalysisTest, ComputesOnlyThePartsAskedFor)
{
    PairAnalysis::Options options;
    options.chains = false;
    options.score = false;
    options.series.clear();
    const auto cutsOnly = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    EXPECT_TRUE(cutsOnly.cuts.connected);
    EXPECT_TRUE(cutsOnly.chains.chains.empty());
    EXPECT_EQ(cutsOnly.chains.chainsFound, 0U);
    EXPECT_EQ(cutsOnly.exposure.chains, 0U);
    EXPECT_TRUE(cutsOnly.series.empty());
    EXPECT_FALSE(cutsOnly.years.has_value());

    options.cuts = false;
    options.chains = true;
    options.exposure.chains.topK = 1;
    const auto chains = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    EXPECT_EQ(chains.chains.chains.size(), 1U);
    EXPECT_GT(chains.chains.chainsFound, 1U);
    EXPECT_FALSE(chains.cuts.connected);
}

TEST_F(PairAnalysisTest, ScoresEachDomainWithItsBestChains)
{
    PairAnalysis::Options options;
    options.domainScores = true;
    const auto result = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    // Serbia depends on Russia through energy (NIS, Gazprom Neft), arms (MiG-29) and the two
    // mutual ties (intelligence, diplomacy); economy and the rest carry no chain.
    std::vector<DomainId> domains;
    for (const auto &score : result.domainScores)
        domains.push_back(score.domain);
    EXPECT_EQ(domains,
              (std::vector<DomainId>{domain("energy"), domain("arms"), domain("intelligence"), domain("diplomacy")}));
    const auto &energy = result.domainScores.front();
    EXPECT_NEAR(energy.score.exposure, 0.7 * 0.9 * 0.9 * 0.64, 1e-12);
    ASSERT_EQ(energy.chains.chains.size(), 1U);
    EXPECT_EQ(energy.chains.chains[0].entities(),
              (std::vector<EntityId>{id("serbia"), id("nis"), id("gazprom-neft"), id("russia")}));
    EXPECT_LT(energy.score.exposure, result.exposure.exposure);

    // With a domain, only that domain is scored.
    options.domain = domain("arms");
    const auto arms = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    ASSERT_EQ(arms.domainScores.size(), 1U);
    EXPECT_EQ(arms.domainScores[0].domain, domain("arms"));
    EXPECT_DOUBLE_EQ(arms.domainScores[0].score.exposure, arms.exposure.exposure);
}

TEST_F(PairAnalysisTest, SeriesPerDomainDropEmptyOnesAndTrimLeadingYearsToARunIn)
{
    PairAnalysis::Options options;
    options.chains = false;
    options.score = false;
    options.cuts = false;
    options.seriesPerDomain = true;
    options.runIn = 5;
    const auto result = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    // The data names 1807..2027; diplomacy (1807 only) has exposure in 1807, so nothing is trimmed.
    EXPECT_EQ(result.years, (std::pair{1807, 2027}));
    std::vector<std::optional<DomainId>> domains;
    for (const auto &series : result.series)
        domains.push_back(series.domain);
    EXPECT_EQ(domains, (std::vector<std::optional<DomainId>>{domain("energy"), domain("arms"), domain("intelligence"),
                                                             domain("diplomacy")}));
    EXPECT_EQ(result.series[0].points.front().year, 1807);

    // Without the 1807 tie, dated exposure starts with intelligence in 2015 (energy and arms
    // need undated ties, which have no year): of the years from 1990 the series keep five
    // before 2015. Energy and arms stay for their undated part.
    WhatIfOverlay overlay;
    overlay.removeTie(*data.findTie("russia-serbia-dipl"));
    options.fromYear = 1990;
    const auto trimmed = PairAnalysis::run(view, overlay, id("serbia"), id("russia"), options);
    EXPECT_EQ(trimmed.years, (std::pair{1990, 2027})); // the years asked for, before the trim
    ASSERT_EQ(trimmed.series.size(), 3U);              // diplomacy's series has no exposure left
    for (const auto &series : trimmed.series) {
        EXPECT_EQ(series.points.front().year, 2010);
        EXPECT_EQ(series.points.back().year, 2027);
    }
    EXPECT_EQ(trimmed.series[0].domain, domain("energy"));
    EXPECT_EQ(trimmed.series[0].points[0].score.exposure, 0.0);
    EXPECT_GT(trimmed.series[0].points[0].undatedExtra(), 0.0);
    EXPECT_EQ(trimmed.series[2].domain, domain("intelligence"));
    EXPECT_EQ(trimmed.series[2].points[5].year, 2015);
    EXPECT_GT(trimmed.series[2].points[5].score.exposure, 0.0);
    EXPECT_EQ(trimmed.series[2].points[4].score.exposure, 0.0);

    // Without a run-in every series stays, all years long.
    options.runIn.reset();
    const auto untrimmed = PairAnalysis::run(view, overlay, id("serbia"), id("russia"), options);
    ASSERT_EQ(untrimmed.series.size(), 5U); // economy and diplomacy too, with no exposure
    EXPECT_EQ(untrimmed.series[3].points.size(), 2027U - 1990U + 1U);
    EXPECT_EQ(untrimmed.series[4].domain, domain("economy"));
}

TEST_F(PairAnalysisTest, SeriesColumnsAndOneSidedYears)
{
    PairAnalysis::Options options;
    options.series = {domain("energy"), domain("economy"), std::nullopt};
    options.fromYear = 2007;
    const auto result = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    EXPECT_EQ(result.years, (std::pair{2007, 2027})); // the last year from the data
    ASSERT_EQ(result.series.size(), 3U);
    EXPECT_EQ(result.series[1].domain, domain("economy"));
    for (const auto &point : result.series[1].points)
        EXPECT_EQ(point.score.exposure, 0.0); // kept: no run-in asked for
    // All domains together are at least as exposed as energy alone.
    for (std::size_t i = 0; i < result.series[0].points.size(); ++i)
        EXPECT_GE(result.series[2].points[i].score.exposure, result.series[0].points[i].score.exposure);

    // An explicit range the wrong way round is reported as asked, with empty series.
    options.toYear = 2000;
    const auto reversed = PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options);
    EXPECT_EQ(reversed.years, (std::pair{2007, 2000}));
    EXPECT_TRUE(reversed.series[0].points.empty());
}

TEST_F(PairAnalysisTest, HonoursTheWhatIfOverlayAndAHiddenEnd)
{
    WhatIfOverlay overlay;
    overlay.removeEntity(id("nis"));
    PairAnalysis::Options options;
    options.domain = domain("energy");
    const auto result = PairAnalysis::run(view, overlay, id("serbia"), id("russia"), options);
    EXPECT_TRUE(result.chains.chains.empty());
    EXPECT_EQ(result.exposure.exposure, 0.0);
    EXPECT_FALSE(result.cuts.connected);

    // A cancel flag raised before the call ends it.
    std::atomic<bool> cancel{true};
    EXPECT_THROW((void)PairAnalysis::run(view, WhatIfOverlay(), id("serbia"), id("russia"), options, &cancel),
                 AnalysisCancelled);
}
