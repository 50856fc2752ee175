// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <tuple>
#include <vector>

#include <QColor>
#include <QList>

namespace tiescope {

class Dataset;

// The pens ties are drawn with, shared by the painters: one style per (domain, status, grade
// step, width step), a few dozen at most, so ties are drawn in batches that share a pen;
// which ties use each style, and which ties get an arrowhead. An edit appends, pops or
// restyles single ties; batches are drawn in the order of their first tie, which is the order
// a table built afresh numbers them in, so an edited table draws what a fresh one would.
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

    // The dataset's last tie is new (append), its last tie went (pop), or a tie's facts changed.
    void append(const Dataset &data);
    void pop();
    void restyle(const Dataset &data, std::uint32_t tie);

    [[nodiscard]] std::size_t size() const { return m_styles.size(); }
    [[nodiscard]] std::size_t tieCount() const { return m_styleOf.size(); }
    [[nodiscard]] const Style &style(std::size_t style) const { return m_styles[style]; }
    [[nodiscard]] std::uint32_t styleOf(std::uint32_t tie) const { return m_styleOf[tie]; }
    [[nodiscard]] const Style &styleOfTie(std::uint32_t tie) const { return m_styles[m_styleOf[tie]]; }
    [[nodiscard]] const std::vector<std::uint32_t> &tiesOf(std::size_t style) const { return m_tiesByStyle[style]; }
    [[nodiscard]] bool isDirected(std::uint32_t tie) const { return m_directed[tie] != 0; }
    // The styles that have ties, by their first tie: the order batches are painted in.
    [[nodiscard]] const std::vector<std::uint32_t> &drawOrder() const { return m_drawOrder; }

private:
    using Key = std::tuple<std::uint32_t, int, int, int>;

    std::uint32_t styleFor(const Dataset &data, std::uint32_t tie);
    void sortDrawOrder();

    std::map<Key, std::uint32_t> m_styleIndex;
    std::vector<Style> m_styles;
    std::vector<std::vector<std::uint32_t>> m_tiesByStyle; // each in tie order
    std::vector<std::uint32_t> m_styleOf;
    std::vector<std::uint8_t> m_directed;
    std::vector<std::uint32_t> m_drawOrder;
};

} // namespace tiescope
