// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <unordered_map>

#include <QImage>
#include <QPoint>
#include <QRgb>

#include "render/kindshape.h"

namespace tiescope {

// Entity glyphs drawn once per look into small images, then copied: in a crowd of thousands
// of entities, filling and stroking an antialiased path for each was most of a frame (a
// zoomed frame of 100k ties spent half its time there). Looks are keyed in device pixels,
// to a quarter of a pixel, so each zoom level draws each distinct glyph once.
class GlyphSprites final
{
public:
    struct Look
    {
        KindShape::Glyph glyph = KindShape::Glyph::Circle;
        QRgb fill = 0;
        double radiusPixels = 0.0;  // the glyph's drawn radius (its visual scale included), device pixels
        double outlinePixels = 0.0; // the outline's width, device pixels; 0: none
        double ratio = 1.0;         // device pixels per logical pixel, up to MaxRatio
    };
    struct Sprite
    {
        QImage image;  // premultiplied, one image pixel per device pixel (its device pixel ratio set)
        QPoint centre; // where the glyph's centre is, in image pixels
    };
    // Larger glyphs are drawn as paths: few fit on a screen, and their sprites would be big.
    static constexpr double MaxRadiusPixels = 48.0;
    static constexpr double MaxRatio = 3.75;

    // The sprite of `look` (made on first use). Valid until the next call.
    [[nodiscard]] const Sprite &sprite(const Look &look);
    [[nodiscard]] std::size_t size() const { return m_sprites.size(); }

private:
    [[nodiscard]] static Sprite draw(const Look &look, int radiusQuarters, int outlineQuarters, int ratioQuarters);

    std::unordered_map<std::uint64_t, Sprite> m_sprites;
};

} // namespace tiescope
