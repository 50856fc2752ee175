// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "model/strongid.h"
#include "timeline/timelinebar.h"
#include "timeline/timelinelane.h"
#include "timeline/timelineoptions.h"

namespace tiescope {

class GraphView;

// The timeline's index: the visible ties of a view as bars, packed into rows of lanes, built
// once per filter or edit and then asked cheaply for what a frame shows. Undated ties are kept
// apart (undated(), and the undated lane after the last row), never placed in any year.
class TimelineLanes final
{
public:
    TimelineLanes() = default;
    TimelineLanes(const GraphView &view, const TimelineOptions &options);

    [[nodiscard]] const std::vector<TimelineLane> &lanes() const { return m_lanes; }
    [[nodiscard]] const std::vector<TimelineBar> &bars() const { return m_bars; }
    [[nodiscard]] const std::vector<TieId> &undated() const { return m_undated; }
    // Rows of dated bars; the undated lane, when there are undated ties, is row rowCount().
    [[nodiscard]] std::uint32_t rowCount() const { return m_rowCount; }
    [[nodiscard]] bool hasUndatedLane() const { return !m_undated.empty(); }
    // First and last finite day any bar reaches (no bar: both empty).
    [[nodiscard]] std::optional<std::int32_t> firstDay() const { return m_firstDay; }
    [[nodiscard]] std::optional<std::int32_t> lastDay() const { return m_lastDay; }

    // Indexes into bars() of the bars in rows firstRow..lastRow whose drawn reach meets the
    // days firstDay..lastDay, row by row, each row in order of time.
    [[nodiscard]] std::vector<std::size_t> query(std::uint32_t firstRow, std::uint32_t lastRow, std::int32_t firstDay,
                                                 std::int32_t lastDay) const;
    // Indexes into lanes() of the lanes with a row in firstRow..lastRow.
    [[nodiscard]] std::vector<std::size_t> lanesIn(std::uint32_t firstRow, std::uint32_t lastRow) const;
    // The lane a row belongs to (none past the last dated row).
    [[nodiscard]] std::optional<std::size_t> laneOfRow(std::uint32_t row) const;
    // Bars of a tie (two in entity lanes: one in each end's lane), in row order.
    [[nodiscard]] std::vector<std::size_t> barsOf(TieId tie) const;

private:
    // Bars of the dated ties, one lane per entity / tie / domain (m_members: which bars).
    [[nodiscard]] std::vector<TimelineBar> addLanes(const GraphView &view, LaneMode mode);
    void order(const GraphView &view, LaneOrder order);
    void pack(const std::vector<TimelineBar> &bars);

    std::vector<TimelineLane> m_lanes;
    std::vector<TimelineBar> m_bars;          // row by row, each row by reachFirst
    std::vector<std::size_t> m_rowStart;      // bars of row r: m_rowStart[r] .. m_rowStart[r + 1]
    std::vector<std::vector<std::size_t>> m_members; // bars of each lane while building
    std::vector<std::pair<std::uint32_t, std::size_t>> m_tieBars; // (tie index, bar), sorted
    std::vector<TieId> m_undated;
    std::uint32_t m_rowCount = 0;
    std::optional<std::int32_t> m_firstDay;
    std::optional<std::int32_t> m_lastDay;
};

} // namespace tiescope
