// SPDX-License-Identifier: MIT
#include "render/tiestyletable.h"

#include <cmath>
#include <map>
#include <tuple>

#include "model/dataset.h"
#include "render/tiestyle.h"

namespace tiescope {

namespace {

// Opacity is rounded to tenths and width to quarter scene units: a few dozen pens in all.
constexpr double GradeSteps = 10.0;
constexpr double WidthSteps = 4.0;

} // namespace

TieStyleTable::TieStyleTable(const Dataset &data)
{
    const auto &ties = data.ties();
    const std::size_t n = ties.size();
    // One pen per (domain, status, grade step, width step): a few dozen batches at most.
    std::map<std::tuple<std::uint32_t, int, int, int>, std::size_t> styleIndex;
    m_styleOf.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Tie &tie = ties[i];
        const int gradeStep = static_cast<int>(std::lround(TieStyle::opacity(tie.bestGrade()) * GradeSteps));
        const int widthStep = static_cast<int>(std::lround(TieStyle::width(data.strengthOf(tie)) * WidthSteps));
        const auto key = std::make_tuple(tie.domain.value(), static_cast<int>(tie.status), gradeStep, widthStep);
        auto [it, inserted] = styleIndex.try_emplace(key, m_styles.size());
        if (inserted) {
            QColor colour = TieStyle::domainColour(data.domain(tie.domain));
            colour.setAlphaF(static_cast<float>(gradeStep / GradeSteps));
            m_styles.push_back(Style{colour, widthStep / WidthSteps, TieStyle::dashPattern(tie.status)});
        }
        m_styleOf[i] = static_cast<std::uint32_t>(it->second);
    }
    m_tiesByStyle.resize(m_styles.size());
    for (std::uint32_t i = 0; i < n; ++i)
        m_tiesByStyle[m_styleOf[i]].push_back(i);
    m_directed.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        m_directed[i] = data.relation(ties[i].relation).directed ? 1 : 0;
}

} // namespace tiescope
