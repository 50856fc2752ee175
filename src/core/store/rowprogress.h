// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstdint>

#include "store/loadcancelled.h"
#include "store/loadcontrol.h"

namespace tiescope {

// Counts the rows a load has read against the number it expects and, every few thousand rows,
// reports the fraction and polls the cancel flag. Per row it costs an increment and a compare,
// so a million-row load pays nothing measurable for being watchable.
class RowProgress final
{
public:
    static constexpr std::uint64_t Interval = 4096;

    explicit RowProgress(const LoadControl &control) : m_control(control) {}

    // The expected total may be an estimate: the fraction is clamped to 1 if more rows come.
    void start(std::uint64_t expectedRows)
    {
        m_expected = expectedRows;
        checkpoint();
    }

    void row()
    {
        if (++m_rows >= m_next)
            checkpoint();
    }

    // Everything is read: a last chance to cancel, then exactly 1.
    void finish()
    {
        pollCancel();
        if (m_control.progress)
            m_control.progress(1.0);
    }

private:
    void pollCancel() const
    {
        if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed))
            throw LoadCancelled();
    }

    void checkpoint()
    {
        pollCancel();
        if (m_control.progress) {
            const double fraction =
                m_expected == 0 ? 0.0 : static_cast<double>(m_rows) / static_cast<double>(m_expected);
            m_control.progress(std::min(1.0, fraction));
        }
        m_next = m_rows + Interval;
    }

    const LoadControl &m_control;
    std::uint64_t m_expected = 0;
    std::uint64_t m_rows = 0;
    std::uint64_t m_next = 0;
};

} // namespace tiescope
