// SPDX-License-Identifier: MIT
#include "model/dateinterval.h"

#include <gtest/gtest.h>

using tiescope::DateInterval;
using tiescope::PartialDate;

namespace {

DateInterval interval(const char *start, const char *end)
{
    return DateInterval::between(start ? PartialDate::parse(start) : std::nullopt,
                                 end ? PartialDate::parse(end) : std::nullopt);
}

} // namespace

TEST(DateInterval, OpenEndsReachTheEndsOfTime)
{
    EXPECT_TRUE(interval(nullptr, nullptr).isUnbounded());
    EXPECT_TRUE(interval("2008", nullptr).overlaps(interval("2100", "2100")));
    EXPECT_TRUE(interval(nullptr, "2008").overlaps(interval("1000", "1000")));
    EXPECT_FALSE(interval("2008", nullptr).overlaps(interval("2007", "2007")));
}

TEST(DateInterval, WindowEdgesAreInclusiveByDay)
{
    const DateInterval tie = interval("2025-10-09", nullptr);
    EXPECT_TRUE(tie.overlaps(interval(nullptr, "2025-10-09")));  // ends on the tie's first day
    EXPECT_FALSE(tie.overlaps(interval(nullptr, "2025-10-08"))); // ends the day before
    EXPECT_TRUE(tie.overlaps(interval(nullptr, "2025-10")));     // a month window covers the whole month
    EXPECT_TRUE(tie.overlaps(interval(nullptr, "2025")));
    EXPECT_FALSE(tie.overlaps(interval(nullptr, "2025-09")));
}

TEST(DateInterval, ImpreciseTieDatesCountAsTheirWholeSpan)
{
    // A tie known only as "2008" may have started on any day of 2008: a window that ends in
    // January 2008 still meets it, one that ends in 2007 does not.
    const DateInterval tie = interval("2008", nullptr);
    EXPECT_TRUE(tie.overlaps(interval("2000", "2008-01-01")));
    EXPECT_FALSE(tie.overlaps(interval("2000", "2007-12-31")));
    // A tie that ended "2020" lasts until 2020-12-31.
    const DateInterval ended = interval("2015", "2020");
    EXPECT_TRUE(ended.overlaps(interval("2020-12-31", nullptr)));
    EXPECT_FALSE(ended.overlaps(interval("2021-01-01", nullptr)));
}

TEST(DateInterval, SameYearStartAndEndIsThatYear)
{
    const DateInterval event = interval("1807", "1807");
    EXPECT_FALSE(event.isEmpty());
    EXPECT_TRUE(event.contains(PartialDate::parse("1807-06-15")->firstDay()));
    EXPECT_FALSE(event.contains(PartialDate::parse("1808-01-01")->firstDay()));
}

TEST(DateInterval, EndBeforeStartIsEmpty)
{
    EXPECT_TRUE(interval("2010", "2009").isEmpty());
    EXPECT_FALSE(interval("2010", "2009").overlaps(interval(nullptr, nullptr)));
}
