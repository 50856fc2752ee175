// SPDX-License-Identifier: MIT
#include "model/grade.h"

namespace tiescope {

std::optional<Grade> Grade::make(char reliability, int credibility)
{
    if (reliability < 'A' || reliability > 'F' || credibility < 1 || credibility > 6)
        return std::nullopt;
    return Grade(reliability, credibility);
}

std::optional<Grade> Grade::parse(std::string_view text)
{
    if (text.size() != 2)
        return std::nullopt;
    return make(text[0], text[1] - '0');
}

std::string Grade::toString() const
{
    return std::string{m_reliability} + static_cast<char>('0' + m_credibility);
}

double Grade::weight() const
{
    const double reliability = 1.0 - (m_reliability - 'A') / 5.0;
    const double credibility = 1.0 - (m_credibility - 1) / 5.0;
    return reliability * credibility;
}

} // namespace tiescope
