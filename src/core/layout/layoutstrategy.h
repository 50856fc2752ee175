// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "layout/layoutrequest.h"
#include "layout/point.h"

namespace tiescope {

// One layout algorithm: graph and options in, positions out. It never touches drawing.
// Hidden entities keep their `initial` position (or the origin when there is none).
// Deterministic for the same view, initial positions and seed.
class LayoutStrategy
{
public:
    virtual ~LayoutStrategy() = default;
    [[nodiscard]] virtual std::string name() const = 0;  // e.g. "force", "circular"
    [[nodiscard]] virtual std::string label() const = 0; // shown in menus
    [[nodiscard]] virtual std::vector<Point> run(const LayoutRequest &request) const = 0;
};

} // namespace tiescope
