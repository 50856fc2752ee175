// SPDX-License-Identifier: MIT
#include "model/partialdate.h"

#include <gtest/gtest.h>

using tiescope::DatePrecision;
using tiescope::daysFromCivil;
using tiescope::PartialDate;

TEST(PartialDate, ParsesTheThreePrecisions)
{
    const auto year = PartialDate::parse("2008");
    ASSERT_TRUE(year);
    EXPECT_EQ(year->precision(), DatePrecision::Year);
    EXPECT_EQ(year->toString(), "2008");

    const auto month = PartialDate::parse("2025-09");
    ASSERT_TRUE(month);
    EXPECT_EQ(month->precision(), DatePrecision::Month);
    EXPECT_EQ(month->month(), 9);
    EXPECT_EQ(month->toString(), "2025-09");

    const auto day = PartialDate::parse("2025-10-09");
    ASSERT_TRUE(day);
    EXPECT_EQ(day->precision(), DatePrecision::Day);
    EXPECT_EQ(day->day(), 9);
    EXPECT_EQ(day->toString(), "2025-10-09");
}

TEST(PartialDate, RejectsMalformedAndImpossibleDates)
{
    for (const char *bad : {"", "08", "20081", "2008-", "2008-1", "2008-13", "2008-00", "2008-02-30", "2023-02-29",
                            "2025-04-31", "2025-10-00", "0000", "abcd", "2008-01-01x", "2008/01/01", " 2008", "-2008"}) {
        EXPECT_FALSE(PartialDate::parse(bad)) << bad;
    }
    EXPECT_TRUE(PartialDate::parse("2024-02-29")); // leap year
    EXPECT_TRUE(PartialDate::parse("2000-02-29")); // divisible by 400
    EXPECT_FALSE(PartialDate::parse("1900-02-29"));
}

TEST(PartialDate, AYearCoversItsWholeYear)
{
    const auto year = *PartialDate::parse("2008");
    EXPECT_EQ(year.firstDay(), daysFromCivil(2008, 1, 1));
    EXPECT_EQ(year.lastDay(), daysFromCivil(2008, 12, 31));
}

TEST(PartialDate, AMonthCoversItsWholeMonthIncludingLeapFebruary)
{
    const auto feb = *PartialDate::parse("2024-02");
    EXPECT_EQ(feb.firstDay(), daysFromCivil(2024, 2, 1));
    EXPECT_EQ(feb.lastDay(), daysFromCivil(2024, 2, 29));
    EXPECT_EQ(PartialDate::parse("2023-02")->lastDay(), daysFromCivil(2023, 2, 28));
    EXPECT_EQ(PartialDate::parse("2025-12")->lastDay(), daysFromCivil(2025, 12, 31));
}

TEST(PartialDate, ADayIsOneDay)
{
    const auto day = *PartialDate::parse("2006-12-14");
    EXPECT_EQ(day.firstDay(), day.lastDay());
    EXPECT_EQ(daysFromCivil(1970, 1, 1), 0);
    EXPECT_EQ(daysFromCivil(2000, 3, 1) - daysFromCivil(2000, 2, 28), 2);
}

TEST(PartialDate, OrdersCoarserFirstOnTheSameStart)
{
    EXPECT_LT(*PartialDate::parse("2008"), *PartialDate::parse("2008-01"));
    EXPECT_LT(*PartialDate::parse("2008-01"), *PartialDate::parse("2008-01-01"));
    EXPECT_LT(*PartialDate::parse("2007-12-31"), *PartialDate::parse("2008"));
}
