// SPDX-License-Identifier: MIT
#include "analytics/datecomparison.h"

#include <algorithm>
#include <tuple>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "model/tiedates.h"

namespace tiescope {

namespace {

std::optional<DateComparison::Change> changeBetween(DateComparison::Presence a, DateComparison::Presence b)
{
    using Presence = DateComparison::Presence;
    using Change = DateComparison::Change;
    if (a == b)
        return std::nullopt;
    if (a == Presence::Absent)
        return Change::Began;
    if (b == Presence::Absent)
        return Change::Ended;
    return b == Presence::Certain ? Change::BecameCertain : Change::BecameUncertain;
}

} // namespace

std::size_t DateComparison::Result::count(Change change) const
{
    return static_cast<std::size_t>(
        std::count_if(rows.begin(), rows.end(), [change](const Row &row) { return row.change == change; }));
}

DateComparison::Presence DateComparison::presence(const TieDates &dates, const DateInterval &window)
{
    if (dates.isUndated() || !dates.mayMeet(window))
        return Presence::Absent;
    return dates.mustMeet(window) ? Presence::Certain : Presence::Possible;
}

DateComparison::Result DateComparison::compare(const GraphView &view, DateInterval a, DateInterval b)
{
    if (b.first() < a.first() || (b.first() == a.first() && b.last() < a.last()))
        std::swap(a, b);
    Result result;
    result.a = a;
    result.b = b;
    const Dataset &data = view.graph().dataset();
    std::vector<std::pair<std::int32_t, Row>> found;
    for (const TieId tie : view.visibleTies()) {
        const TieDates dates = data.tie(tie).dates();
        if (dates.isUndated()) {
            ++result.undated;
            continue;
        }
        ++result.compared;
        const Presence atA = presence(dates, a);
        const Presence atB = presence(dates, b);
        if (const auto change = changeBetween(atA, atB))
            found.push_back({dates.startEarliest(), Row{tie, *change, atA, atB}});
    }
    std::sort(found.begin(), found.end(), [](const auto &x, const auto &y) {
        return std::tie(x.second.change, x.first, x.second.tie) < std::tie(y.second.change, y.first, y.second.tie);
    });
    result.rows.reserve(found.size());
    for (const auto &[start, row] : found)
        result.rows.push_back(row);
    return result;
}

const char *DateComparison::name(Change change)
{
    switch (change) {
    case Change::Began:
        return "began";
    case Change::Ended:
        return "ended";
    case Change::BecameCertain:
        return "became-certain";
    case Change::BecameUncertain:
        return "became-uncertain";
    }
    return "";
}

const char *DateComparison::name(Presence presence)
{
    switch (presence) {
    case Presence::Absent:
        return "absent";
    case Presence::Possible:
        return "possible";
    case Presence::Certain:
        return "certain";
    }
    return "";
}

} // namespace tiescope
