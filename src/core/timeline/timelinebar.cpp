// SPDX-License-Identifier: MIT
#include "timeline/timelinebar.h"

#include <algorithm>

#include "model/dateinterval.h"
#include "model/tie.h"

namespace tiescope {

TimelineBar TimelineBar::of(const Tie &tie, TieId id, bool touchesEvent)
{
    const TieDates dates = tie.dates();
    TimelineBar bar;
    bar.tie = id;
    bar.domain = tie.domain;
    bar.startEnd = timelineEndOf(tie.start);
    bar.endEnd = timelineEndOf(tie.end);
    bar.possibleFirst = dates.startEarliest();
    bar.possibleLast = dates.endLatest();
    bar.certainFirst = dates.startLatest();
    bar.certainLast = dates.endEarliest();
    const bool sameDate = tie.start && tie.end && *tie.start == *tie.end && !tie.start->isOpen();
    const bool oneSided = (tie.start && !tie.start->isOpen() && !tie.end) || (tie.end && !tie.end->isOpen() && !tie.start);
    bar.point = sameDate || (touchesEvent && oneSided);
    if (bar.point) {
        // The mark covers the days the one date may mean.
        const EdtfDate &date = tie.start ? *tie.start : *tie.end;
        bar.possibleFirst = date.earliestDay();
        bar.possibleLast = date.latestDay();
        bar.certainFirst = bar.possibleFirst;
        if (date.isCertain()) {
            bar.certainLast = bar.possibleLast;
        } else if (DateInterval::isFiniteDay(bar.possibleFirst)) {
            bar.certainLast = bar.possibleFirst - 1; // no certain day
        } else {
            // A bound open to the past (`[..2021]`) has no day before its first: no certain span.
            bar.certainFirst = DateInterval::Max;
            bar.certainLast = DateInterval::Min;
        }
        bar.startEnd = bar.endEnd = timelineEndOf(date);
    }
    // An unknown side fades out past the last day known about the tie; an open one runs on.
    const std::int32_t knownFirst = DateInterval::isFiniteDay(bar.certainFirst) ? bar.certainFirst : bar.certainLast;
    const std::int32_t knownLast = DateInterval::isFiniteDay(bar.certainLast) ? bar.certainLast : bar.certainFirst;
    bar.reachFirst = bar.possibleFirst;
    bar.reachLast = bar.possibleLast;
    if (bar.startEnd == TimelineEnd::Unknown && DateInterval::isFiniteDay(knownLast))
        bar.reachFirst = std::max(bar.possibleFirst, std::min(knownFirst, knownLast) - FadeDays);
    if (bar.endEnd == TimelineEnd::Unknown && DateInterval::isFiniteDay(knownFirst))
        bar.reachLast = std::min(bar.possibleLast, std::max(knownFirst, knownLast) + FadeDays);
    return bar;
}

} // namespace tiescope
