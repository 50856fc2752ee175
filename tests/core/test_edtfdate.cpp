// SPDX-License-Identifier: MIT
#include "model/edtfdate.h"

#include <gtest/gtest.h>

#include "model/dateinterval.h"
#include "model/tiedates.h"

using tiescope::DateInterval;
using tiescope::daysFromCivil;
using tiescope::EdtfDate;
using tiescope::TieDates;

namespace {

EdtfDate edtf(const char *text)
{
    const auto date = EdtfDate::parse(text);
    EXPECT_TRUE(date) << text;
    return date.value_or(EdtfDate());
}

// The first and last possible day of `text`, as (y, m, d) pairs.
void expectDays(const char *text, int y0, int m0, int d0, int y1, int m1, int d1, bool certain)
{
    const EdtfDate date = edtf(text);
    EXPECT_EQ(date.earliestDay(), daysFromCivil(y0, m0, d0)) << text;
    EXPECT_EQ(date.latestDay(), daysFromCivil(y1, m1, d1)) << text;
    EXPECT_EQ(date.isCertain(), certain) << text;
    EXPECT_EQ(date.toString(), text);
}

std::optional<EdtfDate> maybe(const char *text)
{
    return text ? EdtfDate::parse(text) : std::nullopt;
}

DateInterval year(int y)
{
    return {daysFromCivil(y, 1, 1), daysFromCivil(y, 12, 31)};
}

} // namespace

TEST(EdtfDate, ExactPartialDatesMeanTheirWholeSpan)
{
    expectDays("2014", 2014, 1, 1, 2014, 12, 31, true);
    expectDays("2024-02", 2024, 2, 1, 2024, 2, 29, true);
    expectDays("2023-02", 2023, 2, 1, 2023, 2, 28, true);
    expectDays("2014-06-01", 2014, 6, 1, 2014, 6, 1, true);
    EXPECT_EQ(edtf("2017-10").exact(), tiescope::PartialDate::parse("2017-10"));
}

TEST(EdtfDate, QualifiedDatesWidenByOneUnitAndBothByTwo)
{
    expectDays("2014~", 2013, 1, 1, 2015, 12, 31, false);
    expectDays("2014?", 2013, 1, 1, 2015, 12, 31, false);
    expectDays("2014%", 2012, 1, 1, 2016, 12, 31, false);
    expectDays("2014-06~", 2014, 5, 1, 2014, 7, 31, false);
    expectDays("2014-01?", 2013, 12, 1, 2014, 2, 28, false); // across a year, to a short month
    expectDays("2014-12%", 2014, 10, 1, 2015, 2, 28, false);
    expectDays("2014-03-01~", 2014, 2, 28, 2014, 3, 2, false);
    expectDays("2016-02-28%", 2016, 2, 26, 2016, 3, 1, false); // leap day inside
    EXPECT_EQ(edtf("2014~").qualifier(), EdtfDate::Qualifier::Approximate);
    EXPECT_EQ(edtf("2014?").qualifier(), EdtfDate::Qualifier::Uncertain);
    EXPECT_EQ(edtf("2014%").qualifier(), EdtfDate::Qualifier::Both);
    EXPECT_FALSE(edtf("2014~").exact());
}

TEST(EdtfDate, UnspecifiedDigitsCoverEveryValueTheyMayTake)
{
    expectDays("201X", 2010, 1, 1, 2019, 12, 31, false);
    expectDays("19XX", 1900, 1, 1, 1999, 12, 31, false);
    expectDays("2004-XX", 2004, 1, 1, 2004, 12, 31, false);
    expectDays("2004-02-XX", 2004, 2, 1, 2004, 2, 29, false);
    expectDays("2004-XX-XX", 2004, 1, 1, 2004, 12, 31, false);
}

TEST(EdtfDate, BoundsAreOneOfARange)
{
    expectDays("[1914..1918]", 1914, 1, 1, 1918, 12, 31, false);
    expectDays("[2022-02-24..2022-03]", 2022, 2, 24, 2022, 3, 31, false);
    const EdtfDate notBefore = edtf("[2014..]");
    EXPECT_EQ(notBefore.earliestDay(), daysFromCivil(2014, 1, 1));
    EXPECT_EQ(notBefore.latestDay(), DateInterval::Max);
    EXPECT_FALSE(notBefore.latestYear());
    const EdtfDate by = edtf("[..2021]");
    EXPECT_EQ(by.earliestDay(), DateInterval::Min);
    EXPECT_EQ(by.latestDay(), daysFromCivil(2021, 12, 31));
    EXPECT_EQ(by.latestYear(), 2021);
    EXPECT_EQ(by.form(), EdtfDate::Form::Range);
}

TEST(EdtfDate, OpenIsCertainAndNamesNoDay)
{
    const EdtfDate open = edtf("..");
    EXPECT_TRUE(open.isOpen());
    EXPECT_TRUE(open.isCertain());
    EXPECT_FALSE(open.earliestYear());
    EXPECT_EQ(open.toString(), "..");
}

TEST(EdtfDate, RejectsWhatLevelOneDoesNotSay)
{
    for (const char *bad : {"", "2014~~", "~2014", "2X14", "2XXX", "X014", "201X-05", "201X~", "2004-XX~", "2004-XX-05",
                            "2004-13-XX", "[..]", "[2018..2014]", "[2014]", "[2014..", "2014..", "2023-02-29~", "0000",
                            "000X", "2014/2015", "...", "2014-6", "[2014~..]"}) {
        EXPECT_FALSE(EdtfDate::parse(bad)) << bad;
    }
}

TEST(TieDates, UndatedMeetsNoWindowAndIsNeverCertain)
{
    const TieDates dates(std::nullopt, std::nullopt);
    EXPECT_TRUE(dates.isUndated());
    EXPECT_FALSE(dates.mayMeet(year(2016)));
    EXPECT_FALSE(dates.mustMeet(year(2016)));
    EXPECT_FALSE(dates.mayMeet(DateInterval()));
}

TEST(TieDates, OngoingDiffersFromUnknownEnd)
{
    const TieDates ongoing(maybe("2014"), maybe(".."));
    const TieDates unknown(maybe("2014"), std::nullopt);
    for (const int y : {2014, 2015, 2040}) {
        EXPECT_TRUE(ongoing.mustMeet(year(y))) << y;
        EXPECT_TRUE(unknown.mayMeet(year(y))) << y;
    }
    EXPECT_TRUE(unknown.mustMeet(year(2014))); // it began in 2014, so it held then
    EXPECT_FALSE(unknown.mustMeet(year(2015)));
    EXPECT_FALSE(ongoing.mayMeet(year(2013)));
    EXPECT_FALSE(unknown.mayMeet(year(2013)));
    EXPECT_EQ(ongoing.possible(), DateInterval(daysFromCivil(2014, 1, 1), DateInterval::Max));
    EXPECT_EQ(TieDates::text(maybe("2014"), maybe("..")), "2014/..");
    EXPECT_EQ(TieDates::text(maybe("2014"), std::nullopt), "2014/");
    EXPECT_EQ(TieDates::text(std::nullopt, maybe("2020")), "/2020");
    EXPECT_EQ(TieDates::text(std::nullopt, std::nullopt), "");
}

TEST(TieDates, UnknownStartHeldOnlyWhereItEnded)
{
    const TieDates dates(std::nullopt, maybe("2020"));
    EXPECT_TRUE(dates.mayMeet(year(1800)));
    EXPECT_FALSE(dates.mustMeet(year(2019)));
    EXPECT_TRUE(dates.mustMeet(year(2020)));
    EXPECT_FALSE(dates.mayMeet(year(2021)));
    const TieDates open(maybe(".."), maybe("2020"));
    EXPECT_TRUE(open.mustMeet(year(1800)));
}

TEST(TieDates, BoundedStartsArePossibleOnlyWhereTheyMayBe)
{
    // Began in the First World War, still going: surely held from 1918 on.
    const TieDates war(maybe("[1914..1918]"), maybe(".."));
    EXPECT_FALSE(war.mayMeet(year(1913)));
    EXPECT_TRUE(war.mayMeet(year(1914)));
    EXPECT_FALSE(war.mustMeet(year(1917)));
    EXPECT_TRUE(war.mustMeet(year(1918)));
    // Held by 2021, start and end unknown otherwise: possible before and in 2021, certain nowhere
    // but at its last possible start.
    const TieDates by(maybe("[..2021]"), std::nullopt);
    EXPECT_TRUE(by.mayMeet(year(1990)));
    EXPECT_TRUE(by.mayMeet(year(2030)));
    EXPECT_FALSE(by.mustMeet(year(2021)));
    // Not before 2014, ongoing: possible from 2014, never certain (it may have begun in any later year).
    const TieDates since(maybe("[2014..]"), maybe(".."));
    EXPECT_FALSE(since.mayMeet(year(2013)));
    EXPECT_TRUE(since.mayMeet(year(2014)));
    EXPECT_FALSE(since.mustMeet(year(2025)));
}

TEST(TieDates, ApproximateEdgesAreDayExact)
{
    const TieDates dates(maybe("2014~"), maybe("2016?"));
    EXPECT_EQ(dates.startEarliest(), daysFromCivil(2013, 1, 1));
    EXPECT_EQ(dates.startLatest(), daysFromCivil(2015, 12, 31));
    EXPECT_EQ(dates.endEarliest(), daysFromCivil(2015, 1, 1));
    EXPECT_EQ(dates.endLatest(), daysFromCivil(2017, 12, 31));
    EXPECT_TRUE(dates.mayMeet(DateInterval(daysFromCivil(2017, 12, 31), daysFromCivil(2018, 1, 1))));
    EXPECT_FALSE(dates.mayMeet(DateInterval(daysFromCivil(2018, 1, 1), daysFromCivil(2018, 1, 1))));
    EXPECT_TRUE(dates.mustMeet(year(2015)));
    EXPECT_FALSE(dates.mustMeet(year(2016)));
    EXPECT_FALSE(dates.mustMeet(year(2014)));
}

TEST(TieDates, EndsBeforeItStartsComparesPossibleDays)
{
    EXPECT_TRUE(TieDates::endsBeforeItStarts(maybe("2015-06"), maybe("2015-05-31")));
    EXPECT_FALSE(TieDates::endsBeforeItStarts(maybe("2015-06"), maybe("2015")));
    EXPECT_FALSE(TieDates::endsBeforeItStarts(maybe("2016~"), maybe("2015"))); // 2016~ may be 2015
    EXPECT_TRUE(TieDates::endsBeforeItStarts(maybe("[2016..]"), maybe("2015")));
    EXPECT_FALSE(TieDates::endsBeforeItStarts(maybe("2016"), maybe("..")));
}
