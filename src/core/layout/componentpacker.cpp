// SPDX-License-Identifier: MIT
#include "layout/componentpacker.h"

#include <algorithm>
#include <limits>

#include "graph/graphview.h"

namespace tiescope {

namespace {

struct Box
{
    double left = std::numeric_limits<double>::max();
    double top = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();
    double bottom = std::numeric_limits<double>::lowest();
    [[nodiscard]] double width() const { return right - left; }
    [[nodiscard]] double height() const { return bottom - top; }
};

struct Component
{
    std::vector<std::uint32_t> members;
    Box box;
    bool fixed = false;
};

} // namespace

void ComponentPacker::pack(const GraphView &view, const std::vector<std::uint32_t> &entities,
                           const std::vector<std::uint8_t> &fixed, std::vector<Point> &positions, double gap)
{
    int count = 0;
    const std::vector<int> numbers = view.components(&count);
    std::vector<Component> components(static_cast<std::size_t>(std::max(count, 0)));
    for (const std::uint32_t e : entities) {
        if (numbers[e] < 0)
            continue;
        Component &c = components[static_cast<std::size_t>(numbers[e])];
        c.members.push_back(e);
        c.box.left = std::min(c.box.left, positions[e].x);
        c.box.right = std::max(c.box.right, positions[e].x);
        c.box.top = std::min(c.box.top, positions[e].y);
        c.box.bottom = std::max(c.box.bottom, positions[e].y);
        c.fixed = c.fixed || (e < fixed.size() && fixed[e]);
    }
    std::erase_if(components, [](const Component &c) { return c.members.empty(); });
    if (components.size() < 2)
        return;
    // Largest first; ties broken by the smallest member id, so the result is deterministic.
    std::stable_sort(components.begin(), components.end(), [](const Component &a, const Component &b) {
        return a.members.size() > b.members.size();
    });

    Box anchor = components.front().box;
    for (const Component &c : components) {
        if (c.fixed) {
            anchor.left = std::min(anchor.left, c.box.left);
            anchor.right = std::max(anchor.right, c.box.right);
            anchor.top = std::min(anchor.top, c.box.top);
            anchor.bottom = std::max(anchor.bottom, c.box.bottom);
        }
    }
    const double rowWidth = std::max(anchor.width(), 6.0 * gap);
    double x = anchor.left;
    double y = anchor.bottom + 2.0 * gap;
    double rowHeight = 0.0;
    for (std::size_t i = 1; i < components.size(); ++i) {
        Component &c = components[i];
        if (c.fixed)
            continue;
        if (x > anchor.left && x + c.box.width() > anchor.left + rowWidth) {
            x = anchor.left;
            y += rowHeight + 2.0 * gap;
            rowHeight = 0.0;
        }
        const double dx = x - c.box.left;
        const double dy = y - c.box.top;
        for (const std::uint32_t e : c.members) {
            positions[e].x += dx;
            positions[e].y += dy;
        }
        x += c.box.width() + 2.0 * gap;
        rowHeight = std::max(rowHeight, c.box.height());
    }
}

void ComponentPacker::keepInPlace(const GraphView &view, const std::vector<std::uint32_t> &entities,
                                  const std::vector<std::uint8_t> &fixed, const std::vector<Point> &start,
                                  std::vector<Point> &positions)
{
    int count = 0;
    const std::vector<int> numbers = view.components(&count);
    struct Shift
    {
        Point from;
        Point to;
        double members = 0.0;
        bool fixed = false;
    };
    std::vector<Shift> shifts(static_cast<std::size_t>(std::max(count, 0)));
    for (const std::uint32_t e : entities) {
        if (numbers[e] < 0)
            continue;
        Shift &shift = shifts[static_cast<std::size_t>(numbers[e])];
        shift.from.x += positions[e].x;
        shift.from.y += positions[e].y;
        shift.to.x += start[e].x;
        shift.to.y += start[e].y;
        shift.members += 1.0;
        shift.fixed = shift.fixed || (e < fixed.size() && fixed[e]);
    }
    for (const std::uint32_t e : entities) {
        if (numbers[e] < 0)
            continue;
        const Shift &shift = shifts[static_cast<std::size_t>(numbers[e])];
        if (shift.fixed)
            continue;
        positions[e].x += (shift.to.x - shift.from.x) / shift.members;
        positions[e].y += (shift.to.y - shift.from.y) / shift.members;
    }
}

} // namespace tiescope
