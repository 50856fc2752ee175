// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include <QColor>
#include <QList>

namespace tiescope {

class Dataset;

// The pens ties are drawn with, shared by the painters: one style per (domain, status, grade
// step, width step), a few dozen at most, so ties are drawn in batches that share a pen;
// which ties use each style, and which ties get an arrowhead.
class TieStyleTable final
{
public:
    struct Style
    {
        QColor colour;
        double width;        // scene units
        QList<qreal> dashes; // in pen widths; empty: solid
    };

    explicit TieStyleTable(const Dataset &data);

    [[nodiscard]] std::size_t size() const { return m_styles.size(); }
    [[nodiscard]] const Style &style(std::size_t style) const { return m_styles[style]; }
    [[nodiscard]] std::uint32_t styleOf(std::uint32_t tie) const { return m_styleOf[tie]; }
    [[nodiscard]] const Style &styleOfTie(std::uint32_t tie) const { return m_styles[m_styleOf[tie]]; }
    [[nodiscard]] const std::vector<std::uint32_t> &tiesOf(std::size_t style) const { return m_tiesByStyle[style]; }
    [[nodiscard]] bool isDirected(std::uint32_t tie) const { return m_directed[tie] != 0; }

private:
    std::vector<Style> m_styles;
    std::vector<std::vector<std::uint32_t>> m_tiesByStyle;
    std::vector<std::uint32_t> m_styleOf;
    std::vector<std::uint8_t> m_directed;
};

} // namespace tiescope
