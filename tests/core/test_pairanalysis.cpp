// SPDX-License-Identifier: MIT
#include "analytics/pairanalysis.h"

#include <gtest/gtest.h>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "smallfixture.h"

using namespace tiescope;

TEST(PairAnalysis, OneCallGivesChainsExposureSeriesAndCutsForADomain)
{
    const Dataset data = fixtures::makeSmallFixture();
    const TieGraph graph(data);
    const GraphView view(graph);
    PairAnalysis::Options options;
    options.domain = data.findDomain("energy");
    options.years = std::pair{2007, 2008};
    std::vector<double> progress;
    const auto result = PairAnalysis::run(view, WhatIfOverlay(), *data.findEntity("serbia"), *data.findEntity("russia"),
                                          options, nullptr, [&progress](double f) { progress.push_back(f); });
    ASSERT_EQ(result.chains.chains.size(), 1U);
    EXPECT_NEAR(result.exposure.exposure, 0.7 * 0.9 * 0.9 * 0.64, 1e-12);
    ASSERT_EQ(result.series.size(), 2U);
    EXPECT_EQ(result.series[0].score.exposure, 0.0);
    EXPECT_NEAR(result.series[1].score.exposure, result.exposure.exposure, 1e-12);
    EXPECT_EQ(result.cuts.entities.size(), 2U);
    ASSERT_FALSE(progress.empty());
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));
    EXPECT_EQ(progress.back(), 1.0);

    // Without a year range the series spans the years the data names.
    const auto spanned = PairAnalysis::run(view, *data.findEntity("serbia"), *data.findEntity("russia"));
    ASSERT_FALSE(spanned.series.empty());
    EXPECT_EQ(spanned.series.front().year, 1807);
    EXPECT_EQ(spanned.series.back().year, 2027);
}
