// SPDX-License-Identifier: MIT
#include "analytics/whatifkeys.h"

#include <gtest/gtest.h>

#include "io/analysiskeys.h"
#include "smallfixture.h"

using namespace tiescope;

namespace {

class WhatIfKeysTest : public ::testing::Test
{
protected:
    Dataset data = fixtures::makeSmallFixture();
    EntityId id(const char *key) const { return *data.findEntity(key); }
    TieId tie(const char *key) const { return *data.findTie(key); }
};

} // namespace

TEST_F(WhatIfKeysTest, AnOverlayGoesToKeysAndBackUnchanged)
{
    WhatIfOverlay overlay;
    overlay.removeEntity(id("nis"));
    overlay.removeEntity(id("eu"));
    overlay.removeTie(tie("russia-makes-mig"));
    overlay.sanctionEntity(id("russia"), 0.25);
    overlay.sanctionTie(tie("gpn-owns-nis"), 0.5);

    const WhatIfKeys::Keys keys = WhatIfKeys::toKeys(overlay, data);
    EXPECT_EQ(keys.removedEntities, (std::vector<std::string>{"nis", "eu"}));
    EXPECT_EQ(keys.removedTies, (std::vector<std::string>{"russia-makes-mig"}));
    EXPECT_EQ(keys.sanctionedEntities, (std::map<std::string, double>{{"russia", 0.25}}));
    EXPECT_EQ(keys.sanctionedTies, (std::map<std::string, double>{{"gpn-owns-nis", 0.5}}));

    std::vector<WhatIfKeys::Unknown> unknown;
    EXPECT_EQ(WhatIfKeys::fromKeys(keys, data, unknown), overlay);
    EXPECT_TRUE(unknown.empty());
}

TEST_F(WhatIfKeysTest, UnknownKeysAreLeftOutAndListedInOrder)
{
    WhatIfKeys::Keys keys;
    keys.removedEntities = {"nis", "atlantis"};
    keys.removedTies = {"no-such-tie", "russia-makes-mig"};
    keys.sanctionedEntities = {{"russia", 0.3}, {"ruritania", 0.1}};
    keys.sanctionedTies = {{"gone-tie", 0.2}};
    std::vector<WhatIfKeys::Unknown> unknown;
    const WhatIfOverlay overlay = WhatIfKeys::fromKeys(keys, data, unknown);

    WhatIfOverlay expected;
    expected.removeEntity(id("nis"));
    expected.removeTie(tie("russia-makes-mig"));
    expected.sanctionEntity(id("russia"), 0.3);
    EXPECT_EQ(overlay, expected);
    EXPECT_EQ(unknown,
              (std::vector<WhatIfKeys::Unknown>{
                  {"entity", "atlantis"}, {"tie", "no-such-tie"}, {"entity", "ruritania"}, {"tie", "gone-tie"}}));
    // Keys are exact: a name is not a key.
    unknown.clear();
    keys = {};
    keys.removedEntities = {"NIS"};
    EXPECT_TRUE(WhatIfKeys::fromKeys(keys, data, unknown).isEmpty());
    EXPECT_EQ(unknown, (std::vector<WhatIfKeys::Unknown>{{"entity", "NIS"}}));
}

TEST_F(WhatIfKeysTest, TypedTargetsAreTiesByIdOrEntitiesByIdNameOrAlias)
{
    WhatIfOverlay overlay;
    EXPECT_EQ(WhatIfKeys::remove(overlay, data, "russia-owns-gpn"), "");
    EXPECT_EQ(WhatIfKeys::remove(overlay, data, "gazprom neft"), "");
    EXPECT_EQ(WhatIfKeys::sanction(overlay, data, "NIS", 0.4), "");
    EXPECT_EQ(WhatIfKeys::sanction(overlay, data, "serbia-buys-mig", 0.1), "");
    EXPECT_TRUE(overlay.removes(tie("russia-owns-gpn")));
    EXPECT_TRUE(overlay.removes(id("gazprom-neft")));
    EXPECT_EQ(overlay.sanctionedEntities(), (std::map<EntityId, double>{{id("nis"), 0.4}}));
    EXPECT_EQ(overlay.sanctionedTies(), (std::map<TieId, double>{{tie("serbia-buys-mig"), 0.1}}));

    // An unknown name changes nothing and says what was meant.
    const WhatIfOverlay before = overlay;
    const std::string problem = WhatIfKeys::remove(overlay, data, "Serbai");
    EXPECT_EQ(problem, "unknown entity \"Serbai\"; close matches: serbia (Serbia)");
    EXPECT_EQ(WhatIfKeys::sanction(overlay, data, "zzzzzz", 0.5), "unknown entity \"zzzzzz\"; no close match");
    EXPECT_EQ(overlay, before);
}

TEST_F(WhatIfKeysTest, AnAnalysisGoesToSnapshotKeysAndBack)
{
    AnalysisKeys::Ids ids;
    ids.a = id("serbia");
    ids.b = id("russia");
    ids.domain = *data.findDomain("energy");
    ids.overlay.removeEntity(id("nis"));
    ids.overlay.sanctionTie(tie("russia-makes-mig"), 0.2);
    Snapshot::Analysis analysis;
    analysis.kind = "exposure";
    AnalysisKeys::write(ids, data, analysis);
    EXPECT_EQ(analysis.kind, "exposure"); // the caller's
    EXPECT_EQ(analysis.a, "serbia");
    EXPECT_EQ(analysis.b, "russia");
    EXPECT_EQ(analysis.domain, "energy");
    EXPECT_EQ(analysis.removedEntities, (std::vector<std::string>{"nis"}));
    EXPECT_EQ(analysis.sanctionedTies, (std::map<std::string, double>{{"russia-makes-mig", 0.2}}));

    std::vector<WhatIfKeys::Unknown> unknown;
    const AnalysisKeys::Ids back = AnalysisKeys::read(analysis, data, unknown);
    EXPECT_TRUE(unknown.empty());
    EXPECT_EQ(back.a, ids.a);
    EXPECT_EQ(back.b, ids.b);
    EXPECT_EQ(back.domain, ids.domain);
    EXPECT_EQ(back.overlay, ids.overlay);

    // No ids: empty keys, read back as no ids and no problem.
    Snapshot::Analysis empty;
    AnalysisKeys::write({}, data, empty);
    EXPECT_TRUE(empty.a.empty() && empty.b.empty() && empty.domain.empty() && empty.removedEntities.empty());
    const AnalysisKeys::Ids none = AnalysisKeys::read(empty, data, unknown);
    EXPECT_FALSE(none.a || none.b || none.domain);
    EXPECT_TRUE(unknown.empty());
}

TEST_F(WhatIfKeysTest, AnAnalysisWithKeysTheDataLacksKeepsTheRest)
{
    Snapshot::Analysis analysis;
    analysis.a = "serbia";
    analysis.b = "atlantis";
    analysis.domain = "space";
    analysis.removedEntities = {"nis", "ruritania"};
    analysis.removedTies = {"gone-tie"};
    std::vector<WhatIfKeys::Unknown> unknown;
    const AnalysisKeys::Ids ids = AnalysisKeys::read(analysis, data, unknown);
    EXPECT_EQ(ids.a, id("serbia"));
    EXPECT_FALSE(ids.b.has_value());
    EXPECT_FALSE(ids.domain.has_value());
    EXPECT_TRUE(ids.overlay.removes(id("nis")));
    EXPECT_EQ(ids.overlay.removedEntities().size(), 1U);
    EXPECT_EQ(unknown, (std::vector<WhatIfKeys::Unknown>{
                           {"entity", "atlantis"}, {"domain", "space"}, {"entity", "ruritania"}, {"tie", "gone-tie"}}));
}
