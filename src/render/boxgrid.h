// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include <QRectF>

namespace tiescope {

// An axis-aligned box as its four edges: the overlap test QRectF::intersects makes (a shared
// edge is not an overlap, a box without area meets nothing), inline and without normalising
// on every call.
struct Box
{
    double left = 0.0, top = 0.0, right = 0.0, bottom = 0.0;

    [[nodiscard]] static Box of(const QRectF &rect)
    {
        // The edges as QRectF::intersects computes them (position plus size, either way round).
        Box b{rect.x(), rect.y(), rect.x(), rect.y()};
        (rect.width() < 0 ? b.left : b.right) += rect.width();
        (rect.height() < 0 ? b.top : b.bottom) += rect.height();
        return b;
    }
    [[nodiscard]] bool isNull() const { return left == right || top == bottom; }
    // As QRectF::intersects of the two rectangles.
    [[nodiscard]] bool meets(const Box &other) const
    {
        return !isNull() && !other.isNull() && left < other.right && other.left < right && top < other.bottom &&
               other.top < bottom;
    }
};

// Boxes that do not move, each with an owner, in a uniform grid held in two flat arrays (the
// boxes of each cell one after another): asked whether a box meets one of another owner, it
// looks only at the cells the box covers, the cells wholly inside it first (in a crowd, the
// first box found there is the answer). What LabelPlacer tests every label against: the nodes.
class BoxGrid final
{
public:
    // `cell`: the cells' side, enlarged when the boxes' extent would need more than about
    // four cells a box.
    BoxGrid(const std::vector<QRectF> &boxes, const std::vector<int> &owners, double cell);

    // True when `rect` meets (as QRectF::intersects) a box whose owner is not `owner`.
    [[nodiscard]] bool meetsOther(const QRectF &rect, int owner) const;

private:
    [[nodiscard]] bool cellMeets(std::size_t cell, const Box &box, int owner) const;

    double m_cell = 1.0;
    double m_x0 = 0.0, m_y0 = 0.0;
    std::int64_t m_columns = 0, m_rows = 0;
    std::vector<std::uint32_t> m_first;   // cell c's entries are m_entries[m_first[c] .. m_first[c + 1])
    std::vector<std::uint32_t> m_entries; // indices into m_boxes
    std::vector<Box> m_boxes;
    std::vector<int> m_owners;
};

} // namespace tiescope
