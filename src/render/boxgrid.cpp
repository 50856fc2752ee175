// SPDX-License-Identifier: MIT
#include "render/boxgrid.h"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace tiescope {

namespace {

constexpr double CellsPerBox = 4.0;

} // namespace

BoxGrid::BoxGrid(const std::vector<QRectF> &boxes, const std::vector<int> &owners, double cell)
{
    // Boxes without area meet nothing: left out.
    Box extent{0, 0, 0, 0};
    bool any = false;
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const Box b = Box::of(boxes[i]);
        if (b.isNull())
            continue;
        m_boxes.push_back(b);
        m_owners.push_back(owners[i]);
        extent = any ? Box{std::min(extent.left, b.left), std::min(extent.top, b.top), std::max(extent.right, b.right),
                           std::max(extent.bottom, b.bottom)}
                     : b;
        any = true;
    }
    if (!any)
        return;
    const double width = extent.right - extent.left, height = extent.bottom - extent.top;
    // Not more cells than a few per box: a picture spread wide with small cells would
    // otherwise ask for more cells than memory holds.
    const double most = std::max(1024.0, CellsPerBox * static_cast<double>(m_boxes.size()));
    m_cell = std::max(cell, 1e-9);
    while ((width / m_cell + 1.0) * (height / m_cell + 1.0) > most)
        m_cell *= 2.0;
    m_x0 = extent.left;
    m_y0 = extent.top;
    m_columns = static_cast<std::int64_t>(std::floor(width / m_cell)) + 1;
    m_rows = static_cast<std::int64_t>(std::floor(height / m_cell)) + 1;
    const auto cells = static_cast<std::size_t>(m_columns * m_rows);
    // Counted, then filled: each cell's entries one after another.
    m_first.assign(cells + 1, 0);
    const auto span = [&](const Box &b, auto &&f) {
        const auto c0 = static_cast<std::int64_t>(std::floor((b.left - m_x0) / m_cell));
        const auto c1 = std::min(m_columns - 1, static_cast<std::int64_t>(std::floor((b.right - m_x0) / m_cell)));
        const auto r0 = static_cast<std::int64_t>(std::floor((b.top - m_y0) / m_cell));
        const auto r1 = std::min(m_rows - 1, static_cast<std::int64_t>(std::floor((b.bottom - m_y0) / m_cell)));
        for (auto r = std::max<std::int64_t>(r0, 0); r <= r1; ++r) {
            for (auto c = std::max<std::int64_t>(c0, 0); c <= c1; ++c)
                f(static_cast<std::size_t>(r * m_columns + c));
        }
    };
    for (const Box &b : m_boxes)
        span(b, [&](std::size_t c) { ++m_first[c + 1]; });
    for (std::size_t c = 0; c < cells; ++c)
        m_first[c + 1] += m_first[c];
    m_entries.resize(m_first[cells]);
    std::vector<std::uint32_t> next(m_first.begin(), m_first.end() - 1);
    for (std::size_t i = 0; i < m_boxes.size(); ++i)
        span(m_boxes[i], [&](std::size_t c) { m_entries[next[c]++] = static_cast<std::uint32_t>(i); });
}

bool BoxGrid::cellMeets(std::size_t cell, const Box &box, int owner) const
{
    for (std::uint32_t k = m_first[cell]; k < m_first[cell + 1]; ++k) {
        const std::uint32_t i = m_entries[k];
        if (m_owners[i] != owner && m_boxes[i].meets(box))
            return true;
    }
    return false;
}

bool BoxGrid::meetsOther(const QRectF &rect, int owner) const
{
    const Box box = Box::of(rect);
    if (m_boxes.empty() || box.isNull())
        return false;
    // The cells the box covers, clamped to the grid as the boxes were: two boxes that overlap
    // share the cell of any point they share.
    const auto clampColumn = [&](double x) {
        return std::clamp(static_cast<std::int64_t>(std::floor((x - m_x0) / m_cell)), std::int64_t{0}, m_columns - 1);
    };
    const auto clampRow = [&](double y) {
        return std::clamp(static_cast<std::int64_t>(std::floor((y - m_y0) / m_cell)), std::int64_t{0}, m_rows - 1);
    };
    const std::int64_t c0 = clampColumn(box.left), c1 = clampColumn(box.right);
    const std::int64_t r0 = clampRow(box.top), r1 = clampRow(box.bottom);
    // The cells inside first, then the rim.
    for (std::int64_t r = r0 + 1; r < r1; ++r) {
        for (std::int64_t c = c0 + 1; c < c1; ++c) {
            if (cellMeets(static_cast<std::size_t>(r * m_columns + c), box, owner))
                return true;
        }
    }
    for (std::int64_t r = r0; r <= r1; ++r) {
        const bool rim = r == r0 || r == r1;
        for (std::int64_t c = c0; c <= c1; c += rim || c == c1 ? 1 : c1 - c0) {
            if (cellMeets(static_cast<std::size_t>(r * m_columns + c), box, owner))
                return true;
        }
    }
    return false;
}

} // namespace tiescope
