// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

namespace tiescope {

// Work handed to a thread of Qt's global pool, waited for before returning: the render
// layer's use of both cores (a frame's two bands of ties, a build's curves) and its QPainter
// work on images of its own (StrokeLayer says why that goes to the pool).
class PoolJobs final
{
public:
    PoolJobs() = delete;

    // Runs `job` on a thread of the pool and waits; here when already on one or when the pool
    // is busy.
    static void runOnPool(const std::function<void()> &job);
    // Runs `there` on a thread of the pool while `here` runs on this one, and waits for both.
    // Both here, one after the other, when already on a pool thread or when the pool is busy.
    static void runBeside(const std::function<void()> &here, const std::function<void()> &there);
};

} // namespace tiescope
