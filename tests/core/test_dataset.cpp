// SPDX-License-Identifier: MIT
#include "model/dataset.h"

#include <gtest/gtest.h>

#include "smallfixture.h"

using namespace tiescope;

TEST(Dataset, FindsRowsByKey)
{
    const Dataset d = fixtures::makeSmallFixture();
    const auto nis = d.findEntity("nis");
    ASSERT_TRUE(nis);
    EXPECT_EQ(d.entity(*nis).name, "NIS");
    EXPECT_FALSE(d.findEntity("atlantis"));
    EXPECT_EQ(d.domain(*d.findDomain("arms")).key, "arms");
}

TEST(Dataset, RejectsADuplicateKey)
{
    Dataset d = fixtures::makeSmallFixture();
    Entity again;
    again.key = "serbia";
    EXPECT_THROW(d.addEntity(again), std::invalid_argument);
    EXPECT_EQ(d.entities().size(), 7U);
}

TEST(Dataset, KeepsParallelTiesApart)
{
    const Dataset d = fixtures::makeSmallFixture();
    int russiaToSerbia = 0;
    for (const Tie &tie : d.ties())
        russiaToSerbia += (d.entity(tie.from).key == "russia" && d.entity(tie.to).key == "serbia") ? 1 : 0;
    EXPECT_EQ(russiaToSerbia, 2);
}

TEST(Dataset, StrengthFallsBackToTheRelationDefault)
{
    Dataset d = fixtures::makeSmallFixture();
    const Tie &tie = d.tie(*d.findTie("gpn-owns-nis"));
    EXPECT_DOUBLE_EQ(d.strengthOf(tie), 0.9);
    Tie withStrength = tie;
    withStrength.strength = 0.25;
    EXPECT_DOUBLE_EQ(d.strengthOf(withStrength), 0.25);
}
