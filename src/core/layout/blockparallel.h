// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace tiescope::blockparallel {

// Nodes are processed in fixed blocks of this many. The blocks, not the threads, decide how
// work and partial sums are split, so results are the same for any thread count.
inline constexpr std::size_t BlockSize = 2048;

[[nodiscard]] inline std::size_t blockCount(std::size_t items)
{
    return (items + BlockSize - 1) / BlockSize;
}

// Calls work(block) once for every block in [0, blocks), on up to `threads` threads. Each
// block must write only its own outputs; which thread runs it does not matter then.
template <typename Work>
void run(std::size_t blocks, int threads, Work &&work)
{
    const auto extra = static_cast<std::size_t>(std::max(0, threads - 1));
    if (extra == 0 || blocks < 2) {
        for (std::size_t b = 0; b < blocks; ++b)
            work(b);
        return;
    }
    std::atomic<std::size_t> next{0};
    const auto worker = [&] {
        for (std::size_t b = next++; b < blocks; b = next++)
            work(b);
    };
    std::vector<std::jthread> pool;
    pool.reserve(std::min(extra, blocks - 1));
    for (std::size_t t = 0; t < extra && t + 1 < blocks; ++t)
        pool.emplace_back(worker);
    worker();
}

} // namespace tiescope::blockparallel
