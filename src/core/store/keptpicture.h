// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "layout/point.h"

namespace tiescope {

class Dataset;
class Store;

// The picture a store keeps (schema 4): the layout saved last, with a position and a pin for
// every entity of the dataset read from it, in entity id order (LayoutRequest::initial/pinned).
struct KeptPicture
{
    std::string layout;
    std::vector<Point> positions;
    std::vector<std::uint8_t> pins;

    // None when the store keeps no layout, or its rows miss an entity of `data` (added since,
    // by another program): an incomplete picture is not shown.
    [[nodiscard]] static std::optional<KeptPicture> read(const Store &store, const Dataset &data);
};

} // namespace tiescope
