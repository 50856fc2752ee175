// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>

#include "model/dataset.h"

namespace tiescope {

// Makes a valid dataset of any size with the shape of real dependency data, for benchmarks
// and stress tests: heavy-tailed degrees (a few hubs, many leaves), several countries each
// with its state as a hub, clusters inside countries, every domain and relation, parallel
// ties, dated intervals over seven decades with open ends, citations and sources.
// The same options always give the same dataset, on every platform.
class SyntheticGenerator final
{
public:
    struct Options
    {
        std::size_t entities = 1000;
        std::size_t ties = 5000;
        std::uint64_t seed = 1;
    };

    // Throws std::invalid_argument when there are fewer than two entities or more than
    // 2^31 rows of either kind.
    [[nodiscard]] static Dataset generate(const Options &options);
};

} // namespace tiescope
