// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace tiescope {

// Bounds that keep a chain search finite on any graph: it stops at whichever comes first.
struct ChainOptions final
{
    int maxDepth = 6;              // hops per chain
    std::size_t topK = 10;         // chains returned
    std::size_t maxPaths = 20000;  // chains enumerated (for ranking and exposure)
    std::size_t maxSteps = 2000000; // links examined by the search
};

} // namespace tiescope
