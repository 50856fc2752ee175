// SPDX-License-Identifier: MIT
#include "render/glyphsprites.h"

#include <algorithm>
#include <cmath>

#include <QPainter>
#include <QPainterPath>
#include <QPen>

namespace tiescope {

namespace {

// Zooming through many levels fills the cache; past this it starts again (a few MB at most).
constexpr std::size_t MaxSprites = 4096;

} // namespace

const GlyphSprites::Sprite &GlyphSprites::sprite(const Look &look)
{
    const int radius = std::clamp(static_cast<int>(std::lround(look.radiusPixels * 4.0)), 1, 4095);
    const int outline = std::clamp(static_cast<int>(std::lround(look.outlinePixels * 4.0)), 0, 255);
    const int ratio = std::clamp(static_cast<int>(std::lround(look.ratio * 4.0)), 1, 15);
    const std::uint64_t key = static_cast<std::uint64_t>(look.fill) |
                              static_cast<std::uint64_t>(static_cast<std::uint8_t>(look.glyph)) << 32 |
                              static_cast<std::uint64_t>(radius) << 40 | static_cast<std::uint64_t>(outline) << 52 |
                              static_cast<std::uint64_t>(ratio) << 60;
    auto it = m_sprites.find(key);
    if (it != m_sprites.end())
        return it->second;
    if (m_sprites.size() >= MaxSprites)
        m_sprites.clear();
    return m_sprites.emplace(key, draw(look, radius, outline, ratio)).first->second;
}

GlyphSprites::Sprite GlyphSprites::draw(const Look &look, int radiusQuarters, int outlineQuarters, int ratioQuarters)
{
    // Drawn at the quantised size, so that every look with this key has the same pixels.
    const double radius = radiusQuarters / 4.0;
    const double outline = outlineQuarters / 4.0;
    const QPainterPath path = QTransform::fromScale(radius, radius).map(KindShape::path(look.glyph));
    const double reach = outline / 2 + 1; // the outline's half and the antialiasing
    const QRectF bounds = path.boundingRect().adjusted(-reach, -reach, reach, reach);
    const QPoint topLeft(static_cast<int>(std::floor(bounds.left())), static_cast<int>(std::floor(bounds.top())));
    const QPoint bottomRight(static_cast<int>(std::ceil(bounds.right())), static_cast<int>(std::ceil(bounds.bottom())));
    Sprite sprite;
    sprite.centre = -topLeft;
    sprite.image = QImage(bottomRight.x() - topLeft.x(), bottomRight.y() - topLeft.y(),
                          QImage::Format_ARGB32_Premultiplied);
    sprite.image.fill(Qt::transparent);
    {
        QPainter painter(&sprite.image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.translate(sprite.centre);
        painter.setPen(outlineQuarters == 0 ? QPen(Qt::NoPen) : QPen(KindShape::outline(), outline));
        painter.setBrush(QColor::fromRgba(look.fill));
        painter.drawPath(path);
    }
    // Set once drawn: a painter on an image with a ratio would scale by it.
    sprite.image.setDevicePixelRatio(ratioQuarters / 4.0);
    return sprite;
}

} // namespace tiescope
