// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include <QPointF>
#include <QRectF>

namespace tiescope {

// A uniform grid over the scene that knows which ties pass through each cell, so a click or
// a tooltip looks at the few ties near the pointer instead of all 100k. Ties are entered as
// the segments they are drawn with; a long tie is in the cells along it, not in every cell of
// its bounding box.
class TieGrid final
{
public:
    // Starts an empty grid over `bounds` with about one cell per expected tie.
    void reset(const QRectF &bounds, std::size_t ties);
    void insertSegment(std::uint32_t tie, QPointF a, QPointF b);
    // Makes the inserted segments searchable (sorts them into cells).
    void finish();

    // Calls f(tie) for every tie with a segment within about `tolerance` of p; a tie may come
    // more than once.
    template <typename F>
    void forEachNear(QPointF p, double tolerance, F &&f) const
    {
        if (m_columns == 0)
            return;
        const double reach = tolerance + m_step;
        const int x0 = column(p.x() - reach);
        const int x1 = column(p.x() + reach);
        const int y0 = row(p.y() - reach);
        const int y1 = row(p.y() + reach);
        for (int y = y0; y <= y1; ++y) {
            for (int x = x0; x <= x1; ++x) {
                const std::size_t cell = static_cast<std::size_t>(y) * m_columns + static_cast<std::size_t>(x);
                for (std::uint32_t i = m_offsets[cell]; i < m_offsets[cell + 1]; ++i)
                    f(m_ties[i]);
            }
        }
    }

private:
    [[nodiscard]] int column(double x) const;
    [[nodiscard]] int row(double y) const;

    QRectF m_bounds;
    double m_cell = 1.0;
    double m_step = 0.25; // sampling distance along a segment
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_entries; // (cell, tie) while filling
    std::vector<std::uint32_t> m_offsets; // per cell, into m_ties; one more than cells
    std::vector<std::uint32_t> m_ties;
};

} // namespace tiescope
