// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "layout/layoutstrategy.h"

namespace tiescope {

// The layouts the program offers, by their stable name (the one saved in snapshots and
// given on the command line).
class LayoutRegistry final
{
public:
    // Every known name, in menu order.
    [[nodiscard]] static std::vector<std::string> names();
    // The layout a new picture gets (the window's first layout, the CLI's default): force when
    // offered, else sectors by domain, else the first; empty when none is offered.
    [[nodiscard]] static std::string defaultName();
    // A fresh layout, or nullptr when the name is unknown.
    [[nodiscard]] static std::unique_ptr<LayoutStrategy> create(std::string_view name);
};

} // namespace tiescope
