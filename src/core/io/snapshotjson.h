// SPDX-License-Identifier: MIT
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "io/snapshot.h"

namespace tiescope {

// The JSON of each part of a snapshot (docs/snapshot-format.md), fields in the documented
// order. Throws std::invalid_argument for what the format cannot hold: a non-finite number,
// a zoom that is not positive, a sanction outside 0..1, an ego radius outside 1..10 hops.
class SnapshotJson final
{
public:
    using Json = nlohmann::ordered_json;

    [[nodiscard]] static Json dataset(const Snapshot &snapshot);
    [[nodiscard]] static Json filter(const FilterSpec &filter);
    [[nodiscard]] static Json entity(const Snapshot::Entity &entity);
    [[nodiscard]] static Json tie(const Snapshot::Tie &tie);
    [[nodiscard]] static Json source(const Source &source);
    [[nodiscard]] static Json position(const Point &point);
    [[nodiscard]] static Json view(const Snapshot::View &view);
};

} // namespace tiescope
