// SPDX-License-Identifier: MIT
#include "render/tiegrid.h"

#include <algorithm>
#include <cmath>

namespace tiescope {

namespace {

constexpr std::size_t MaxCells = 1U << 18;

} // namespace

void TieGrid::reset(const QRectF &bounds, std::size_t ties)
{
    m_bounds = bounds.isEmpty() ? QRectF(bounds.topLeft(), QSizeF(1, 1)) : bounds;
    const double cells = static_cast<double>(std::clamp<std::size_t>(ties, 1, MaxCells));
    m_cell = std::max(std::sqrt(m_bounds.width() * m_bounds.height() / cells), 1e-6);
    m_columns = std::max(1, static_cast<int>(std::ceil(m_bounds.width() / m_cell)));
    m_rows = std::max(1, static_cast<int>(std::ceil(m_bounds.height() / m_cell)));
    // Samples a quarter cell apart can cut past a cell's corner: queries reach that much further.
    m_step = m_cell / 4.0;
    m_entries.clear();
    m_offsets.clear();
    m_ties.clear();
}

int TieGrid::column(double x) const
{
    return std::clamp(static_cast<int>(std::floor((x - m_bounds.left()) / m_cell)), 0, m_columns - 1);
}

int TieGrid::row(double y) const
{
    return std::clamp(static_cast<int>(std::floor((y - m_bounds.top()) / m_cell)), 0, m_rows - 1);
}

void TieGrid::insertSegment(std::uint32_t tie, QPointF a, QPointF b)
{
    const double length = std::hypot(b.x() - a.x(), b.y() - a.y());
    const int samples = static_cast<int>(std::ceil(length / m_step));
    std::uint32_t last = UINT32_MAX;
    for (int k = 0; k <= samples; ++k) {
        const double t = samples > 0 ? static_cast<double>(k) / samples : 0.0;
        const QPointF p = a + (b - a) * t;
        const auto cell = static_cast<std::uint32_t>(row(p.y()) * m_columns + column(p.x()));
        if (cell != last)
            m_entries.emplace_back(cell, tie);
        last = cell;
    }
}

void TieGrid::finish()
{
    std::sort(m_entries.begin(), m_entries.end());
    m_entries.erase(std::unique(m_entries.begin(), m_entries.end()), m_entries.end());
    const std::size_t cells = static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(m_rows);
    m_offsets.assign(cells + 1, 0);
    m_ties.resize(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        ++m_offsets[m_entries[i].first + 1];
        m_ties[i] = m_entries[i].second;
    }
    for (std::size_t c = 0; c < cells; ++c)
        m_offsets[c + 1] += m_offsets[c];
    m_entries = {}; // its memory is not needed until the next build
}

} // namespace tiescope
