// SPDX-License-Identifier: MIT
#include "model/grade.h"

#include <gtest/gtest.h>

using tiescope::Grade;

TEST(Grade, ParsesAdmiraltyCodes)
{
    const auto grade = Grade::parse("B2");
    ASSERT_TRUE(grade);
    EXPECT_EQ(grade->reliability(), 'B');
    EXPECT_EQ(grade->credibility(), 2);
    EXPECT_EQ(grade->toString(), "B2");
    for (const char *bad : {"", "B", "G1", "A0", "A7", "b2", "B22", "2B"})
        EXPECT_FALSE(Grade::parse(bad)) << bad;
}

TEST(Grade, MeetsAMinimumOnBothScales)
{
    const Grade minimum = *Grade::parse("C3");
    EXPECT_TRUE(Grade::parse("B2")->meets(minimum));
    EXPECT_TRUE(Grade::parse("C3")->meets(minimum));
    EXPECT_FALSE(Grade::parse("D2")->meets(minimum)); // worse source
    EXPECT_FALSE(Grade::parse("A4")->meets(minimum)); // worse information
}

TEST(Grade, WeightRunsFromOneToZero)
{
    EXPECT_DOUBLE_EQ(Grade::parse("A1")->weight(), 1.0);
    EXPECT_DOUBLE_EQ(Grade::parse("F6")->weight(), 0.0);
    EXPECT_GT(Grade::parse("B2")->weight(), Grade::parse("C3")->weight());
}
