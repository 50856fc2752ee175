// SPDX-License-Identifier: MIT
#include "render/tiestyletable.h"

#include <algorithm>
#include <cmath>

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
    const std::size_t n = data.ties().size();
    m_styleOf.resize(n);
    m_directed.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        m_styleOf[i] = styleFor(data, i);
        m_directed[i] = data.relation(data.ties()[i].relation).directed ? 1 : 0;
    }
    m_tiesByStyle.resize(m_styles.size());
    for (std::uint32_t i = 0; i < n; ++i)
        m_tiesByStyle[m_styleOf[i]].push_back(i);
    sortDrawOrder();
}

std::uint32_t TieStyleTable::styleFor(const Dataset &data, std::uint32_t i)
{
    const Tie &tie = data.ties()[i];
    const int gradeStep = static_cast<int>(std::lround(TieStyle::opacity(tie.bestGrade()) * GradeSteps));
    const int widthStep = static_cast<int>(std::lround(TieStyle::width(data.strengthOf(tie)) * WidthSteps));
    const Key key = std::make_tuple(tie.domain.value(), static_cast<int>(tie.status), gradeStep, widthStep);
    auto [it, inserted] = m_styleIndex.try_emplace(key, static_cast<std::uint32_t>(m_styles.size()));
    if (inserted) {
        QColor colour = TieStyle::domainColour(data.domain(tie.domain));
        colour.setAlphaF(static_cast<float>(gradeStep / GradeSteps));
        m_styles.push_back(Style{colour, widthStep / WidthSteps, TieStyle::dashPattern(tie.status)});
    }
    return it->second;
}

void TieStyleTable::append(const Dataset &data)
{
    const auto tie = static_cast<std::uint32_t>(m_styleOf.size());
    const std::uint32_t style = styleFor(data, tie);
    m_tiesByStyle.resize(m_styles.size());
    m_tiesByStyle[style].push_back(tie); // the highest id: its batch stays in tie order
    m_styleOf.push_back(style);
    m_directed.push_back(data.relation(data.ties()[tie].relation).directed ? 1 : 0);
    sortDrawOrder();
}

void TieStyleTable::pop()
{
    m_tiesByStyle[m_styleOf.back()].pop_back(); // the highest id is its batch's last
    m_styleOf.pop_back();
    m_directed.pop_back();
    sortDrawOrder();
}

void TieStyleTable::restyle(const Dataset &data, std::uint32_t tie)
{
    const std::uint32_t style = styleFor(data, tie);
    m_tiesByStyle.resize(m_styles.size());
    m_directed[tie] = data.relation(data.ties()[tie].relation).directed ? 1 : 0;
    const std::uint32_t old = m_styleOf[tie];
    if (style == old)
        return;
    std::vector<std::uint32_t> &from = m_tiesByStyle[old];
    from.erase(std::lower_bound(from.begin(), from.end(), tie));
    std::vector<std::uint32_t> &to = m_tiesByStyle[style];
    to.insert(std::lower_bound(to.begin(), to.end(), tie), tie);
    m_styleOf[tie] = style;
    sortDrawOrder();
}

void TieStyleTable::sortDrawOrder()
{
    m_drawOrder.clear();
    for (std::uint32_t style = 0; style < m_tiesByStyle.size(); ++style) {
        if (!m_tiesByStyle[style].empty())
            m_drawOrder.push_back(style);
    }
    std::sort(m_drawOrder.begin(), m_drawOrder.end(),
              [this](std::uint32_t a, std::uint32_t b) { return m_tiesByStyle[a].front() < m_tiesByStyle[b].front(); });
}

} // namespace tiescope
