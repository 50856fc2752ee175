// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "layout/point.h"

namespace tiescope {

// A quadtree over weighted points for the Barnes-Hut approximation: a far group of nodes
// pushes like one node of their total mass at their centre of mass, so repulsion costs
// O(n log n) per iteration instead of O(n^2). Cells are stored flat in depth-first order
// with a "next" index past each subtree, so a query walks an array without a stack.
// Building and querying are deterministic; queries are read-only and safe from many threads.
class BarnesHutTree final
{
public:
    struct Repulsion
    {
        double strength = 1.0;    // ForceAtlas2's kr
        double theta = 1.0;       // cell width / distance below which a cell is one body
        double nodeRadius = 0.0;  // > 0: overlap prevention between nearby nodes
    };

    void build(const std::vector<Point> &positions, const std::vector<double> &masses);

    // The repulsion on `node` (at `position`, of `mass`) from every other point.
    [[nodiscard]] Point force(std::uint32_t node, Point position, double mass, const Repulsion &options) const;

    [[nodiscard]] std::size_t cellCount() const { return m_cells.size(); }

private:
    struct Cell
    {
        double x = 0.0; // centre of mass
        double y = 0.0;
        double mass = 0.0;
        double width = 0.0;
        std::uint32_t next = 0;  // first cell after this subtree
        std::uint32_t begin = 0; // points of a leaf in m_order
        std::uint32_t end = 0;
        bool leaf = true;
    };

    void buildCell(double x0, double y0, double width, std::uint32_t begin, std::uint32_t end, int depth);

    const std::vector<Point> *m_positions = nullptr;
    const std::vector<double> *m_masses = nullptr;
    std::vector<Cell> m_cells;
    std::vector<std::uint32_t> m_order; // point indices, grouped by leaf
    std::vector<std::uint32_t> m_scratch;
};

} // namespace tiescope
