// SPDX-License-Identifier: MIT
#include "analytics/whatifoverlay.h"

#include <gtest/gtest.h>

#include "analytics/chainfinder.h"
#include "analytics/dependencygraph.h"
#include "analytics/exposureanalysis.h"
#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

class WhatIf : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    TieGraph graph{data};
    GraphView view{graph};
    EntityId id(const char *key) const { return *data.findEntity(key); }
    TieId tie(const char *key) const { return *data.findTie(key); }
    ChainFinder::Result chains(const WhatIfOverlay &overlay) const
    {
        return ChainFinder::find(DependencyGraph(view, overlay), id("serbia"), id("russia"));
    }
    double exposure(const WhatIfOverlay &overlay) const
    {
        return ExposureAnalysis::exposure(DependencyGraph(view, overlay), id("serbia"), id("russia")).exposure;
    }
};

} // namespace

TEST_F(WhatIf, RemovingAnEntityDropsItsChainsAndClearingRestoresThem)
{
    WhatIfOverlay overlay;
    const double before = exposure(overlay);
    overlay.removeEntity(id("nis"));
    const auto without = chains(overlay);
    ASSERT_EQ(without.chains.size(), 2U); // direct and arms remain
    for (const auto &chain : without.chains) {
        for (const EntityId e : chain.entities())
            EXPECT_NE(e, id("nis"));
    }
    const double arms = 0.6 * 0.7 * 0.8;
    EXPECT_NEAR(exposure(overlay), 1 - (1 - 0.4) * (1 - arms), 1e-12);
    EXPECT_LT(exposure(overlay), before);
    // The view itself is untouched.
    EXPECT_TRUE(view.isVisible(id("nis")));

    overlay.clear();
    EXPECT_TRUE(overlay.isEmpty());
    EXPECT_EQ(chains(overlay).chains.size(), 3U);
    EXPECT_DOUBLE_EQ(exposure(overlay), before);
}

TEST_F(WhatIf, RemovingOneOfTwoParallelTiesKeepsTheHop)
{
    WhatIfOverlay overlay;
    overlay.removeTie(tie("russia-serbia-dipl"));
    const auto result = chains(overlay);
    ASSERT_EQ(result.chains.size(), 3U);
    const auto direct = std::find_if(result.chains.begin(), result.chains.end(),
                                     [](const DependencyChain &c) { return c.hops.size() == 1; });
    ASSERT_NE(direct, result.chains.end());
    EXPECT_EQ(direct->hops[0].tie, tie("russia-serbia-intel"));
    EXPECT_TRUE(direct->hops[0].alternatives.empty());
}

TEST_F(WhatIf, SanctionWeakensTheTiesOfAnEntity)
{
    WhatIfOverlay overlay;
    overlay.sanctionEntity(id("gazprom-neft"), 0.5);
    const auto result = chains(overlay);
    const auto energy = std::find_if(result.chains.begin(), result.chains.end(),
                                     [](const DependencyChain &c) { return c.hops.size() == 3; });
    ASSERT_NE(energy, result.chains.end());
    // Both hops touching Gazprom Neft keep half their strength.
    EXPECT_NEAR(energy->strength, 0.7 * 0.45 * 0.45, 1e-12);

    WhatIfOverlay severed;
    severed.sanctionTie(tie("gpn-owns-nis"), 0.0);
    const double arms = 0.6 * 0.7 * 0.8;
    EXPECT_NEAR(exposure(severed), 1 - (1 - 0.4) * (1 - arms), 1e-12);
}

TEST_F(WhatIf, OverlayHidesRemovedThingsInAView)
{
    WhatIfOverlay overlay;
    overlay.removeEntity(id("mig-29"));
    overlay.removeTie(tie("serbia-pfp"));
    const GraphView changed = overlay.applyTo(view);
    EXPECT_FALSE(changed.isVisible(id("mig-29")));
    EXPECT_FALSE(changed.isVisible(tie("serbia-buys-mig")));
    EXPECT_FALSE(changed.isVisible(tie("serbia-pfp")));
    EXPECT_TRUE(changed.isVisible(id("nato")));
    EXPECT_EQ(changed.visibleTieCount(), view.visibleTieCount() - 3);
}
