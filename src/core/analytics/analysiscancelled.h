// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>
#include <stdexcept>

namespace tiescope {

// Progress of a long analysis as a fraction 0..1; called from the thread running it.
using ProgressCallback = std::function<void(double fraction)>;

// Thrown by a long analysis when its cancel flag is raised, so that a half-done result
// can never be mistaken for a finished one.
class AnalysisCancelled final : public std::runtime_error
{
public:
    AnalysisCancelled() : std::runtime_error("analysis cancelled") {}

    // Throws when the flag (may be null) is raised.
    static void check(const std::atomic<bool> *cancel)
    {
        if (cancel && cancel->load(std::memory_order_relaxed))
            throw AnalysisCancelled();
    }
};

} // namespace tiescope
