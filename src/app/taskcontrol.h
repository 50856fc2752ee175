// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <functional>

namespace tiescope {

// The worker's side of one background task (see TaskRunner): the cancel flag the core polls
// and where the work reports how far it is. Qt-free and thread-safe, so the work can hand
// cancelFlag() and progress() to the core as they are (LoadControl, LayoutRequest, analyses).
class TaskControl final
{
public:
    // `advanced` is called, on the worker's thread, each time the percent done goes up.
    explicit TaskControl(std::function<void()> advanced = {});
    TaskControl(const TaskControl &) = delete;
    TaskControl &operator=(const TaskControl &) = delete;

    [[nodiscard]] const std::atomic<bool> *cancelFlag() const { return &m_cancel; }
    [[nodiscard]] bool isCancelled() const { return m_cancel.load(); }
    // Raises the flag and wakes work blocked in cancelFlag()->wait(false).
    void cancel();

    // Fraction done, 0..1, from any thread. Progress never goes back: a lower value is ignored.
    void setProgress(double fraction);
    // A progress callback for the core that fills [from, to] of this task's bar, for work
    // done in stages (reading a store, then building its graph).
    [[nodiscard]] std::function<void(double)> progress(double from = 0.0, double to = 1.0);
    [[nodiscard]] int percent() const { return m_percent.load(); }

private:
    std::atomic<bool> m_cancel{false};
    std::atomic<int> m_percent{0};
    std::function<void()> m_advanced;
};

} // namespace tiescope
