// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

#include <QColor>
#include <QPainterPath>
#include <QString>

namespace tiescope {

// The glyph an entity kind is drawn with: a distinct outline per kind so a reader can tell
// a state from a company or an agency without reading labels. Paths have radius 1 around
// the origin and are built once, so painting never allocates them.
class KindShape final
{
public:
    enum class Glyph : std::uint8_t {
        Circle, Octagon, Hexagon, Pentagon, RoundedSquare, Document, Square, Diamond,
        TriangleDown, Shield, TriangleUp, Cross, Person, Group, Star, Ellipse, Count
    };

    // The glyph for a kind key of the bundled vocabulary; unknown keys cycle by kind index.
    [[nodiscard]] static Glyph glyphFor(std::string_view kindKey, std::size_t kindIndex);
    [[nodiscard]] static const QPainterPath &path(Glyph glyph);
    [[nodiscard]] static QColor fill(Glyph glyph);
    [[nodiscard]] static QColor outline(); // every glyph's outline
    // Glyphs that look small inside their radius (a triangle, a cross) are drawn a bit larger.
    [[nodiscard]] static double visualScale(Glyph glyph);
};

} // namespace tiescope
