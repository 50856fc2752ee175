// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class GraphView;

// Everything a layout needs: the visible graph, where entities are now (for a warm start;
// may be empty), which are pinned (kept where they are), a seed, and a way to report
// progress and be cancelled. Positions are indexed by EntityId::index().
struct LayoutRequest final
{
    const GraphView *view = nullptr;
    std::vector<Point> initial;          // empty, or one per entity
    std::vector<std::uint8_t> pinned;    // empty, or one per entity; pinned keep `initial`
    std::uint64_t seed = 1;
    // Start from scratch even though `initial` is given: a first layout of freshly opened
    // data, or a new choice of layout. Pinned entities still keep their `initial` place.
    bool fresh = false;
    int threads = 1;                     // layouts that can use more cores honour this
    std::function<void(double)> progress; // 0..1; may be empty; called from the layout's thread
    const std::atomic<bool> *cancel = nullptr; // polled; when set, the layout returns early
};

} // namespace tiescope
