// SPDX-License-Identifier: MIT
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <set>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "graphbuilder.h"
#include "model/partialdate.h"
#include "timeline/timelinelanes.h"

using namespace tiescope;

namespace {

std::int32_t day(int year, int month = 1, int dayOfMonth = 1)
{
    return daysFromCivil(year, month, dayOfMonth);
}

TimelineLanes lanesOf(const Dataset &data, TimelineOptions options = {})
{
    const TieGraph graph(data);
    return TimelineLanes(GraphView(graph), options);
}

const TimelineBar &barOf(const TimelineLanes &lanes, TieId tie)
{
    return lanes.bars().at(lanes.barsOf(tie).at(0));
}

// An entity "summit" of kind event: a tie to it with one date is a mark at that date.
void addSummit(fixtures::GraphBuilder &b)
{
    Entity summit;
    summit.key = "summit";
    summit.name = "Summit";
    summit.kind = b.data().addKind(EntityKind{"event", "event"});
    b.data().addEntity(summit);
}

} // namespace

TEST(TimelineBar, ExactSpanIsCertainFromLatestStartToEarliestEnd)
{
    fixtures::GraphBuilder b;
    const TieId tie = b.tie("a", "b", "none", 1.0, "A1", "energy", "2014", "2016");
    const TimelineLanes lanes = lanesOf(b.data());
    const TimelineBar &bar = barOf(lanes, tie);
    EXPECT_EQ(bar.startEnd, TimelineEnd::Exact);
    EXPECT_EQ(bar.endEnd, TimelineEnd::Exact);
    EXPECT_EQ(bar.possibleFirst, day(2014));
    EXPECT_EQ(bar.possibleLast, day(2016, 12, 31));
    EXPECT_EQ(bar.certainFirst, day(2014, 12, 31));
    EXPECT_EQ(bar.certainLast, day(2016));
    EXPECT_FALSE(bar.point);
}

TEST(TimelineBar, EachEndFormHasItsKind)
{
    fixtures::GraphBuilder b;
    const TieId approximate = b.tie("a", "b", "none", 1.0, "A1", "energy", "2014~", "2015?");
    const TieId bounded = b.tie("a", "c", "none", 1.0, "A1", "energy", "[2010..2012]", "201X");
    const TieId open = b.tie("a", "d", "none", 1.0, "A1", "energy", "2018", "..");
    const TieId unknown = b.tie("a", "e", "none", 1.0, "A1", "energy", "2018", nullptr);
    const TimelineLanes lanes = lanesOf(b.data());
    EXPECT_EQ(barOf(lanes, approximate).startEnd, TimelineEnd::Approximate);
    EXPECT_EQ(barOf(lanes, approximate).endEnd, TimelineEnd::Uncertain);
    EXPECT_EQ(barOf(lanes, bounded).startEnd, TimelineEnd::Bounded);
    EXPECT_EQ(barOf(lanes, bounded).endEnd, TimelineEnd::Bounded);
    EXPECT_EQ(barOf(lanes, open).endEnd, TimelineEnd::Open);
    EXPECT_EQ(barOf(lanes, unknown).endEnd, TimelineEnd::Unknown);
}

TEST(TimelineBar, OpenEndRunsOnAndUnknownEndFadesOut)
{
    fixtures::GraphBuilder b;
    const TieId open = b.tie("a", "d", "none", 1.0, "A1", "energy", "2018-03-01", "..");
    const TieId unknown = b.tie("a", "e", "none", 1.0, "A1", "energy", "2018-03-01", nullptr);
    const TimelineLanes lanes = lanesOf(b.data());
    EXPECT_EQ(barOf(lanes, open).reachLast, DateInterval::Max);
    EXPECT_EQ(barOf(lanes, open).certainLast, DateInterval::Max);
    const TimelineBar &fading = barOf(lanes, unknown);
    EXPECT_EQ(fading.possibleLast, DateInterval::Max); // it may still hold...
    EXPECT_EQ(fading.reachLast, day(2018, 3, 1) + TimelineBar::FadeDays); // ...but is drawn fading
    // It surely held on the day it began, and on no day known after that.
    EXPECT_EQ(fading.certainFirst, day(2018, 3, 1));
    EXPECT_EQ(fading.certainLast, day(2018, 3, 1));
    const TieId yearOnly = b.tie("a", "f", "none", 1.0, "A1", "energy", "2018", nullptr);
    const TimelineLanes again = lanesOf(b.data());
    EXPECT_FALSE(barOf(again, yearOnly).hasCertainSpan());
}

TEST(TimelineBar, SameDayTieAndEventAreMarks)
{
    fixtures::GraphBuilder b;
    const TieId sameDay = b.tie("a", "b", "none", 1.0, "A1", "energy", "2019-05-02", "2019-05-02");
    addSummit(b);
    const TieId atEvent = b.tie("a", "summit", "none", 1.0, "A1", "energy", "2020-06", nullptr);
    const TieId spanning = b.tie("a", "b", "none", 1.0, "A1", "energy", "2019", "2021");
    const TimelineLanes lanes = lanesOf(b.data());
    EXPECT_TRUE(barOf(lanes, sameDay).point);
    EXPECT_EQ(barOf(lanes, sameDay).reachFirst, day(2019, 5, 2));
    EXPECT_EQ(barOf(lanes, sameDay).reachLast, day(2019, 5, 2));
    EXPECT_TRUE(barOf(lanes, atEvent).point);
    EXPECT_EQ(barOf(lanes, atEvent).reachLast, day(2020, 6, 30));
    EXPECT_FALSE(barOf(lanes, spanning).point);
}

// An event known only to have happened by a date (`[..2021]`: dataset 1.2 has such ties) is a
// mark reaching back without end; it has no certain day, and no day "before its first" (that
// was a signed overflow, caught by UBSan in every window on the bundled data).
TEST(TimelineBar, AnEventBoundedOnlyFromAboveIsAMarkWithNoCertainDay)
{
    fixtures::GraphBuilder b;
    addSummit(b);
    const TieId byThen = b.tie("a", "summit", "none", 1.0, "A1", "energy", "[..2021]", nullptr);
    const TimelineLanes lanes = lanesOf(b.data());
    const TimelineBar &bar = barOf(lanes, byThen);
    EXPECT_TRUE(bar.point);
    EXPECT_FALSE(bar.hasCertainSpan());
    EXPECT_EQ(bar.possibleLast, day(2021, 12, 31));
}

TEST(TimelineLanes, UndatedTiesAreKeptApartNeverPlaced)
{
    fixtures::GraphBuilder b;
    b.tie("a", "b", "none", 1.0, "A1", "energy", "2014", "2016");
    const TieId undated = b.tie("a", "c", "none");
    const TimelineLanes lanes = lanesOf(b.data());
    ASSERT_EQ(lanes.undated().size(), 1U);
    EXPECT_EQ(lanes.undated().front(), undated);
    EXPECT_TRUE(lanes.hasUndatedLane());
    EXPECT_TRUE(lanes.barsOf(undated).empty());
    EXPECT_EQ(*lanes.firstDay(), day(2014));
    EXPECT_EQ(*lanes.lastDay(), day(2016, 12, 31));
}

TEST(TimelineLanes, EntityLanesHoldBothEndsAndPackOverlapsIntoRows)
{
    fixtures::GraphBuilder b;
    const TieId first = b.tie("a", "b", "none", 1.0, "A1", "energy", "2010", "2015");
    const TieId overlapping = b.tie("a", "c", "none", 1.0, "A1", "energy", "2012", "2013");
    const TieId after = b.tie("a", "c", "none", 1.0, "A1", "energy", "2016", "2017");
    const TimelineLanes lanes = lanesOf(b.data(), {LaneMode::Entity, LaneOrder::Entity});
    ASSERT_EQ(lanes.lanes().size(), 3U); // a, b, c
    EXPECT_EQ(lanes.lanes()[0].label, "a");
    EXPECT_EQ(lanes.lanes()[0].rowCount, 2U);
    EXPECT_EQ(lanes.barsOf(first).size(), 2U); // in a's lane and in b's
    const auto rowIn = [&](TieId tie, std::size_t lane) {
        for (const std::size_t bar : lanes.barsOf(tie)) {
            if (lanes.bars()[bar].lane == lane)
                return lanes.bars()[bar].row;
        }
        return ~0U;
    };
    EXPECT_NE(rowIn(first, 0), rowIn(overlapping, 0));
    EXPECT_LT(rowIn(after, 0), 2U); // a row came free again: no third row
    EXPECT_EQ(lanes.rowCount(), 2U + 1U + 1U);
}

TEST(TimelineLanes, OrdersByStartEntityAndDomain)
{
    fixtures::GraphBuilder b;
    const TieId late = b.tie("a", "b", "none", 1.0, "A1", "energy", "2020", "2021");
    const TieId early = b.tie("z", "y", "none", 1.0, "A1", "arms", "2001", "2002");
    const TieId middle = b.tie("m", "n", "none", 1.0, "A1", "energy", "2010", "2011");
    const auto tiesInOrder = [&](LaneOrder order) {
        std::vector<TieId> ties;
        const TimelineLanes lanes = lanesOf(b.data(), {LaneMode::Tie, order});
        for (const TimelineLane &lane : lanes.lanes())
            ties.push_back(lane.tie);
        return ties;
    };
    EXPECT_EQ(tiesInOrder(LaneOrder::Start), (std::vector<TieId>{early, middle, late}));
    EXPECT_EQ(tiesInOrder(LaneOrder::Entity), (std::vector<TieId>{late, middle, early}));
    EXPECT_EQ(tiesInOrder(LaneOrder::Domain), (std::vector<TieId>{early, middle, late})); // Arms < Energy
    const TimelineLanes domains = lanesOf(b.data(), {LaneMode::Domain, LaneOrder::Domain});
    ASSERT_EQ(domains.lanes().size(), 2U);
    EXPECT_EQ(domains.lanes()[0].label, "Arms");
    EXPECT_EQ(domains.lanes()[1].label, "Energy");
}

TEST(TimelineLanes, FollowsTheFilteredView)
{
    fixtures::GraphBuilder b;
    const TieId shown = b.tie("a", "b", "none", 1.0, "A1", "energy", "2014", "2016");
    const TieId hidden = b.tie("a", "c", "none", 1.0, "A1", "arms", "2014", "2016");
    const TieGraph graph(b.data());
    std::vector<std::uint8_t> tieMask{1, 0};
    const GraphView view(graph, std::vector<std::uint8_t>(3, 1), tieMask);
    const TimelineLanes lanes(view, {LaneMode::Tie, LaneOrder::Start});
    EXPECT_EQ(lanes.barsOf(shown).size(), 1U);
    EXPECT_TRUE(lanes.barsOf(hidden).empty());
}

TEST(TimelineLanes, QueryReturnsExactlyTheBarsInTheRowsAndDays)
{
    fixtures::GraphBuilder b;
    for (int year = 1900; year < 2000; ++year) {
        const std::string from = std::to_string(year);
        const std::string to = std::to_string(year + 1);
        b.tie("e" + std::to_string(year % 7), "f", "none", 1.0, "A1", "energy", from.c_str(), to.c_str());
    }
    const TimelineLanes lanes = lanesOf(b.data(), {LaneMode::Tie, LaneOrder::Start});
    ASSERT_EQ(lanes.rowCount(), 100U);
    const std::int32_t first = day(1950);
    const std::int32_t last = day(1960, 6, 1);
    const auto found = lanes.query(10, 80, first, last);
    std::set<std::size_t> expected;
    for (std::size_t index = 0; index < lanes.bars().size(); ++index) {
        const TimelineBar &bar = lanes.bars()[index];
        if (bar.row >= 10 && bar.row <= 80 && bar.reachFirst <= last && bar.reachLast >= first)
            expected.insert(index);
    }
    EXPECT_EQ(std::set<std::size_t>(found.begin(), found.end()), expected);
    EXPECT_EQ(found.size(), 12U); // 1949-1950 .. 1960-1961
    EXPECT_EQ(lanes.lanesIn(10, 12).size(), 3U);
    EXPECT_EQ(*lanes.laneOfRow(42), 42U);
}
