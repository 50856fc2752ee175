// SPDX-License-Identifier: MIT
// What changed between two dates: each tie's presence in two windows, and the changes.

#include "analytics/datecomparison.h"
#include "model/datewindow.h"

#include <gtest/gtest.h>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "model/partialdate.h"
#include "model/tiedates.h"

namespace tiescope {
namespace {

using Change = DateComparison::Change;
using Presence = DateComparison::Presence;

DateInterval year(int y)
{
    return *DateWindow::parse(std::to_string(y));
}

Presence presenceOf(const char *start, const char *end, int inYear)
{
    const auto parse = [](const char *text) { return text ? EdtfDate::parse(text) : std::optional<EdtfDate>(); };
    return DateComparison::presence(TieDates(parse(start), parse(end)), year(inYear));
}

TEST(DateComparison, PresenceSaysCertainPossibleOrAbsent)
{
    EXPECT_EQ(presenceOf("2010", "2015", 2012), Presence::Certain);
    EXPECT_EQ(presenceOf("2010", "2015", 2016), Presence::Absent);
    EXPECT_EQ(presenceOf("2010", "2015", 2009), Presence::Absent);
    // An approximate start may fall in the window's year or after it.
    EXPECT_EQ(presenceOf("2012~", "..", 2012), Presence::Possible);
    EXPECT_EQ(presenceOf("[2014..]", "..", 2014), Presence::Possible);
    EXPECT_EQ(presenceOf("[2014..]", "..", 2013), Presence::Absent);
    // An unknown end: surely held in its start's year only if it started by then.
    EXPECT_EQ(presenceOf("2010", nullptr, 2010), Presence::Certain);
    EXPECT_EQ(presenceOf("2010", nullptr, 2020), Presence::Possible);
    EXPECT_EQ(presenceOf(nullptr, nullptr, 2020), Presence::Absent); // undated: no place in time
}

TEST(DateComparison, ReportsBeganEndedAndCertaintyChanges)
{
    fixtures::GraphBuilder b;
    const TieId began = b.tie("serbia", "russia", "dep-from", 1, "A1", "energy", "2016", "..");
    const TieId ended = b.tie("serbia", "nato", "dep-from", 1, "A1", "arms", "2006", "2013");
    const TieId steady = b.tie("serbia", "eu", "dep-from", 1, "A1", "energy", "2000", "..");
    const TieId unsure = b.tie("serbia", "china", "dep-from", 1, "A1", "arms", "2000", "[2015..2021]");
    b.tie("serbia", "un", "none"); // undated
    const TieGraph graph(b.data());
    const GraphView view(graph);

    const auto result = DateComparison::compare(view, year(2010), year(2020));
    EXPECT_EQ(result.compared, 4u);
    EXPECT_EQ(result.undated, 1u);
    ASSERT_EQ(result.rows.size(), 3u);
    EXPECT_EQ(result.rows[0].tie, began);
    EXPECT_EQ(result.rows[0].change, Change::Began);
    EXPECT_EQ(result.rows[0].atB, Presence::Certain);
    EXPECT_EQ(result.rows[1].tie, ended);
    EXPECT_EQ(result.rows[1].change, Change::Ended);
    EXPECT_EQ(result.rows[2].tie, unsure);
    EXPECT_EQ(result.rows[2].change, Change::BecameUncertain);
    EXPECT_EQ(result.count(Change::Began), 1u);
    for (const auto &row : result.rows)
        EXPECT_NE(row.tie, steady);
}

TEST(DateComparison, TheEarlierWindowIsAWhicheverOrderTheyCome)
{
    fixtures::GraphBuilder b;
    b.tie("serbia", "russia", "dep-from", 1, "A1", "energy", "2016", "..");
    const TieGraph graph(b.data());
    const GraphView view(graph);
    const auto result = DateComparison::compare(view, year(2020), year(2010));
    EXPECT_EQ(result.a, year(2010));
    ASSERT_EQ(result.rows.size(), 1u);
    EXPECT_EQ(result.rows[0].change, Change::Began);
}

TEST(DateComparison, OnlyTheViewsTiesAreCompared)
{
    fixtures::GraphBuilder b;
    b.tie("serbia", "russia", "dep-from", 1, "A1", "energy", "2016", "..");
    const TieGraph graph(b.data());
    const GraphView hidden(graph, {1, 1}, {0});
    const auto result = DateComparison::compare(hidden, year(2010), year(2020));
    EXPECT_TRUE(result.rows.empty());
    EXPECT_EQ(result.compared, 0u);
}

TEST(DateComparison, WindowsAreDatesOrRanges)
{
    const auto y2014 = DateWindow::parse("2014");
    ASSERT_TRUE(y2014);
    EXPECT_EQ(y2014->first(), PartialDate::parse("2014")->firstDay());
    EXPECT_EQ(y2014->last(), PartialDate::parse("2014")->lastDay());
    const auto range = DateWindow::parse("2012/2014-06");
    ASSERT_TRUE(range);
    EXPECT_EQ(range->first(), PartialDate::parse("2012")->firstDay());
    EXPECT_EQ(range->last(), PartialDate::parse("2014-06")->lastDay());
    const auto openStart = DateWindow::parse("/2014");
    ASSERT_TRUE(openStart);
    EXPECT_EQ(openStart->first(), DateInterval::Min);
    EXPECT_FALSE(DateWindow::parse(""));
    EXPECT_FALSE(DateWindow::parse("/"));
    EXPECT_FALSE(DateWindow::parse("2014/2012")); // ends before it starts
    EXPECT_FALSE(DateWindow::parse("2014-13"));
    EXPECT_FALSE(DateWindow::parse("2012/2013/2014"));
    EXPECT_FALSE(DateWindow::parse("soon"));
}

} // namespace
} // namespace tiescope
