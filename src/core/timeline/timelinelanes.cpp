// SPDX-License-Identifier: MIT
#include "timeline/timelinelanes.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <queue>
#include <tuple>
#include <unordered_map>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

bool isEvent(const Dataset &data, EntityId entity)
{
    return data.kind(data.entity(entity).kind).key == "event";
}

std::string tieLabel(const Dataset &data, const Tie &tie)
{
    return data.entity(tie.from).name + " – " + data.entity(tie.to).name + " (" + data.relation(tie.relation).label +
           ")";
}

} // namespace

TimelineLanes::TimelineLanes(const GraphView &view, const TimelineOptions &options)
{
    const std::vector<TimelineBar> bars = addLanes(view, options.mode);
    order(view, options.order);
    pack(bars);
}

std::vector<TimelineBar> TimelineLanes::addLanes(const GraphView &view, LaneMode mode)
{
    const Dataset &data = view.graph().dataset();
    std::vector<TimelineBar> bars;
    std::unordered_map<std::uint32_t, std::size_t> laneOfKey; // entity or domain -> lane
    const auto laneFor = [&](std::uint32_t key, auto &&make) {
        const auto [it, added] = laneOfKey.try_emplace(key, m_lanes.size());
        if (added) {
            m_lanes.push_back(make());
            m_members.emplace_back();
        }
        return it->second;
    };
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        if (tie.isUndated()) {
            m_undated.push_back(id);
            continue;
        }
        const std::size_t bar = bars.size();
        bars.push_back(TimelineBar::of(tie, id, isEvent(data, tie.from) || isEvent(data, tie.to)));
        switch (mode) {
        case LaneMode::Tie:
            m_lanes.push_back({tieLabel(data, tie), {}, id, tie.domain});
            m_members.push_back({bar});
            break;
        case LaneMode::Domain:
            m_members[laneFor(tie.domain.value(), [&] {
                return TimelineLane{data.domain(tie.domain).label, {}, {}, tie.domain};
            })].push_back(bar);
            break;
        case LaneMode::Entity:
            for (const EntityId end : {tie.from, tie.to}) {
                if (end == tie.to && tie.to == tie.from)
                    break;
                m_members[laneFor(end.value(), [&] {
                    return TimelineLane{data.entity(end).name, end, {}, tie.domain};
                })].push_back(bar);
            }
            break;
        }
    }
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        std::int32_t first = DateInterval::Max;
        for (const std::size_t bar : m_members[lane])
            first = std::min(first, bars[bar].possibleFirst);
        m_lanes[lane].firstDay = first;
    }
    return bars;
}

void TimelineLanes::order(const GraphView &view, LaneOrder order)
{
    const Dataset &data = view.graph().dataset();
    const auto lessBy = [&](const TimelineLane &a, const TimelineLane &b) {
        // Tie lanes order by entity through their label, which starts with the from entity.
        switch (order) {
        case LaneOrder::Start:
            return std::tie(a.firstDay, a.label) < std::tie(b.firstDay, b.label);
        case LaneOrder::Entity:
            return std::tie(a.label, a.firstDay) < std::tie(b.label, b.firstDay);
        case LaneOrder::Domain: {
            const std::string &da = data.domain(a.domain).label;
            const std::string &db = data.domain(b.domain).label;
            return std::tie(da, a.firstDay, a.label) < std::tie(db, b.firstDay, b.label);
        }
        }
        return false;
    };
    std::vector<std::size_t> permutation(m_lanes.size());
    std::iota(permutation.begin(), permutation.end(), std::size_t{0});
    std::stable_sort(permutation.begin(), permutation.end(),
                     [&](std::size_t a, std::size_t b) { return lessBy(m_lanes[a], m_lanes[b]); });
    std::vector<TimelineLane> lanes;
    std::vector<std::vector<std::size_t>> members;
    lanes.reserve(m_lanes.size());
    members.reserve(m_lanes.size());
    for (const std::size_t lane : permutation) {
        lanes.push_back(std::move(m_lanes[lane]));
        members.push_back(std::move(m_members[lane]));
    }
    m_lanes = std::move(lanes);
    m_members = std::move(members);
}

void TimelineLanes::pack(const std::vector<TimelineBar> &bars)
{
    std::uint32_t row = 0;
    for (std::size_t lane = 0; lane < m_lanes.size(); ++lane) {
        std::vector<std::size_t> &members = m_members[lane];
        std::sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
            return std::tie(bars[a].reachFirst, bars[a].reachLast) < std::tie(bars[b].reachFirst, bars[b].reachLast);
        });
        // Interval partitioning: each bar goes to the row that came free first, or a new row.
        using RowEnd = std::pair<std::int32_t, std::uint32_t>;
        std::priority_queue<RowEnd, std::vector<RowEnd>, std::greater<>> free;
        std::uint32_t rows = 0;
        for (const std::size_t member : members) {
            TimelineBar bar = bars[member];
            std::uint32_t local = rows;
            if (!free.empty() && free.top().first < bar.reachFirst) {
                local = free.top().second;
                free.pop();
            } else {
                ++rows;
            }
            free.emplace(bar.reachLast, local);
            bar.lane = static_cast<std::uint32_t>(lane);
            bar.row = row + local;
            m_bars.push_back(bar);
        }
        m_lanes[lane].firstRow = row;
        m_lanes[lane].rowCount = std::max<std::uint32_t>(rows, 1);
        row += m_lanes[lane].rowCount;
    }
    m_rowCount = row;
    m_members.clear();
    std::sort(m_bars.begin(), m_bars.end(), [](const TimelineBar &a, const TimelineBar &b) {
        return std::tie(a.row, a.reachFirst) < std::tie(b.row, b.reachFirst);
    });
    m_rowStart.assign(m_rowCount + 1, 0);
    for (const TimelineBar &bar : m_bars)
        ++m_rowStart[bar.row + 1];
    std::partial_sum(m_rowStart.begin(), m_rowStart.end(), m_rowStart.begin());
    m_tieBars.reserve(m_bars.size());
    for (std::size_t index = 0; index < m_bars.size(); ++index) {
        const TimelineBar &bar = m_bars[index];
        m_tieBars.emplace_back(bar.tie.value(), index);
        for (const std::int32_t day : {bar.reachFirst, bar.reachLast, bar.certainFirst, bar.certainLast}) {
            if (!DateInterval::isFiniteDay(day))
                continue;
            m_firstDay = std::min(m_firstDay.value_or(day), day);
            m_lastDay = std::max(m_lastDay.value_or(day), day);
        }
    }
    std::sort(m_tieBars.begin(), m_tieBars.end());
}

std::vector<std::size_t> TimelineLanes::query(std::uint32_t firstRow, std::uint32_t lastRow, std::int32_t firstDay,
                                              std::int32_t lastDay) const
{
    std::vector<std::size_t> found;
    if (m_rowCount == 0)
        return found;
    lastRow = std::min(lastRow, m_rowCount - 1);
    for (std::uint32_t row = firstRow; row <= lastRow; ++row) {
        // Bars in a row never overlap, so their reach ends grow with their starts.
        const auto begin = m_bars.begin() + static_cast<std::ptrdiff_t>(m_rowStart[row]);
        const auto end = m_bars.begin() + static_cast<std::ptrdiff_t>(m_rowStart[row + 1]);
        auto it = std::partition_point(begin, end, [&](const TimelineBar &bar) { return bar.reachLast < firstDay; });
        for (; it != end && it->reachFirst <= lastDay; ++it)
            found.push_back(static_cast<std::size_t>(it - m_bars.begin()));
    }
    return found;
}

std::vector<std::size_t> TimelineLanes::lanesIn(std::uint32_t firstRow, std::uint32_t lastRow) const
{
    std::vector<std::size_t> found;
    auto it = std::partition_point(m_lanes.begin(), m_lanes.end(), [&](const TimelineLane &lane) {
        return lane.firstRow + lane.rowCount <= firstRow;
    });
    for (; it != m_lanes.end() && it->firstRow <= lastRow; ++it)
        found.push_back(static_cast<std::size_t>(it - m_lanes.begin()));
    return found;
}

std::optional<std::size_t> TimelineLanes::laneOfRow(std::uint32_t row) const
{
    const auto lanes = lanesIn(row, row);
    if (lanes.empty())
        return std::nullopt;
    return lanes.front();
}

std::vector<std::size_t> TimelineLanes::barsOf(TieId tie) const
{
    std::vector<std::size_t> found;
    auto it = std::lower_bound(m_tieBars.begin(), m_tieBars.end(), std::make_pair(tie.value(), std::size_t{0}));
    for (; it != m_tieBars.end() && it->first == tie.value(); ++it)
        found.push_back(it->second);
    return found;
}

} // namespace tiescope
