// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>

#include "model/inputlimits.h"

namespace tiescope {

// How a caller watches and stops a long Store::load, in the same way LayoutRequest does for a
// layout: a progress callback and a polled cancel flag. Both may be empty.
struct LoadControl final
{
    // Fraction of the store's rows read, 0..1: never decreases and ends at exactly 1 when the
    // load succeeds. Called every few thousand rows, from the loading thread.
    std::function<void(double)> progress;
    // Polled as often as progress is reported; once raised, load throws LoadCancelled.
    const std::atomic<bool> *cancel = nullptr;
    // The most ties the load accepts: a store holding more is refused with a message before a
    // row is read, never an out-of-memory crash (about 2 KB a tie once loaded).
    std::size_t maxTies = InputLimits::MaxStoreTies;
};

} // namespace tiescope
