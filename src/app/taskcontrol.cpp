// SPDX-License-Identifier: MIT
#include "app/taskcontrol.h"

#include <algorithm>
#include <utility>

namespace tiescope {

TaskControl::TaskControl(std::function<void()> advanced) : m_advanced(std::move(advanced))
{}

void TaskControl::cancel()
{
    m_cancel.store(true);
    m_cancel.notify_all();
}

void TaskControl::setProgress(double fraction)
{
    if (!(fraction > 0.0)) // NaN included
        return;
    const int percent = static_cast<int>(std::min(fraction, 1.0) * 100.0);
    int seen = m_percent.load();
    while (percent > seen) {
        if (m_percent.compare_exchange_weak(seen, percent)) {
            if (m_advanced)
                m_advanced();
            return;
        }
    }
}

std::function<void(double)> TaskControl::progress(double from, double to)
{
    return [this, from, to](double fraction) { setProgress(from + (to - from) * fraction); };
}

} // namespace tiescope
