// SPDX-License-Identifier: MIT
#include "render/kindshape.h"

#include <array>
#include <cmath>
#include <numbers>
#include <utility>

namespace tiescope {

namespace {

QPainterPath polygon(int corners, double rotation, double radius = 1.0)
{
    QPolygonF points;
    for (int i = 0; i < corners; ++i) {
        const double a = rotation + 2.0 * std::numbers::pi * i / corners;
        points << QPointF(radius * std::cos(a), radius * std::sin(a));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

QPainterPath star()
{
    QPolygonF points;
    for (int i = 0; i < 10; ++i) {
        const double r = i % 2 == 0 ? 1.0 : 0.45;
        const double a = -std::numbers::pi / 2.0 + std::numbers::pi * i / 5.0;
        points << QPointF(r * std::cos(a), r * std::sin(a));
    }
    QPainterPath path;
    path.addPolygon(points);
    path.closeSubpath();
    return path;
}

QPainterPath build(KindShape::Glyph glyph)
{
    using G = KindShape::Glyph;
    QPainterPath path;
    switch (glyph) {
    case G::Circle:
        path.addEllipse(QPointF(0, 0), 1.0, 1.0);
        break;
    case G::Octagon:
        path = polygon(8, std::numbers::pi / 8.0);
        break;
    case G::Hexagon:
        path = polygon(6, 0.0);
        break;
    case G::Pentagon:
        path = polygon(5, -std::numbers::pi / 2.0, 1.05);
        break;
    case G::RoundedSquare:
        path.addRoundedRect(QRectF(-0.85, -0.85, 1.7, 1.7), 0.45, 0.45);
        break;
    case G::Document:
        path.moveTo(-0.7, -0.9);
        path.lineTo(0.35, -0.9);
        path.lineTo(0.7, -0.55);
        path.lineTo(0.7, 0.9);
        path.lineTo(-0.7, 0.9);
        path.closeSubpath();
        break;
    case G::Square:
        path.addRect(QRectF(-0.82, -0.82, 1.64, 1.64));
        break;
    case G::Diamond:
        path = polygon(4, -std::numbers::pi / 2.0, 1.1);
        break;
    case G::TriangleDown:
        path = polygon(3, std::numbers::pi / 2.0, 1.15);
        break;
    case G::Shield:
        path.moveTo(-0.8, -0.85);
        path.lineTo(0.8, -0.85);
        path.lineTo(0.8, 0.1);
        path.quadTo(0.6, 0.75, 0.0, 1.0);
        path.quadTo(-0.6, 0.75, -0.8, 0.1);
        path.closeSubpath();
        break;
    case G::TriangleUp:
        path = polygon(3, -std::numbers::pi / 2.0, 1.15);
        break;
    case G::Cross:
        path.addRect(QRectF(-0.32, -0.95, 0.64, 1.9));
        path.addRect(QRectF(-0.95, -0.32, 1.9, 0.64));
        path = path.simplified();
        break;
    case G::Person:
        path.addEllipse(QPointF(0, -0.45), 0.42, 0.42);
        path.moveTo(-0.85, 0.95);
        path.cubicTo(-0.85, 0.05, 0.85, 0.05, 0.85, 0.95);
        path.closeSubpath();
        break;
    case G::Group:
        path.addEllipse(QPointF(-0.48, 0.3), 0.5, 0.5);
        path.addEllipse(QPointF(0.48, 0.3), 0.5, 0.5);
        path.addEllipse(QPointF(0.0, -0.45), 0.5, 0.5);
        path = path.simplified();
        break;
    case G::Star:
        path = star();
        break;
    case G::Ellipse:
    case G::Count:
        path.addEllipse(QPointF(0, 0), 1.0, 0.62);
        break;
    }
    return path;
}

constexpr std::array<std::pair<std::string_view, KindShape::Glyph>, 16> KnownKinds{{
    {"state", KindShape::Glyph::Circle},
    {"territory", KindShape::Glyph::Octagon},
    {"organisation", KindShape::Glyph::Hexagon},
    {"institution", KindShape::Glyph::Pentagon},
    {"programme", KindShape::Glyph::RoundedSquare},
    {"agreement", KindShape::Glyph::Document},
    {"company", KindShape::Glyph::Square},
    {"agency", KindShape::Glyph::Diamond},
    {"party", KindShape::Glyph::TriangleDown},
    {"armed-force", KindShape::Glyph::Shield},
    {"weapon-system", KindShape::Glyph::TriangleUp},
    {"infrastructure", KindShape::Glyph::Cross},
    {"person", KindShape::Glyph::Person},
    {"group", KindShape::Glyph::Group},
    {"event", KindShape::Glyph::Star},
    {"concept", KindShape::Glyph::Ellipse},
}};

} // namespace

KindShape::Glyph KindShape::glyphFor(std::string_view kindKey, std::size_t kindIndex)
{
    for (const auto &[key, glyph] : KnownKinds) {
        if (key == kindKey)
            return glyph;
    }
    return static_cast<Glyph>(kindIndex % static_cast<std::size_t>(Glyph::Count));
}

const QPainterPath &KindShape::path(Glyph glyph)
{
    static const auto paths = [] {
        std::array<QPainterPath, static_cast<std::size_t>(Glyph::Count)> all;
        for (std::size_t i = 0; i < all.size(); ++i)
            all[i] = build(static_cast<Glyph>(i));
        return all;
    }();
    return paths[static_cast<std::size_t>(glyph) % paths.size()];
}

QColor KindShape::outline()
{
    return {0x37, 0x47, 0x4f};
}

QColor KindShape::fill(Glyph glyph)
{
    // Pale fills by family, so the domain colours of the ties stay the loudest thing drawn.
    using G = Glyph;
    switch (glyph) {
    case G::Circle:
    case G::Octagon:
        return QColor(0xdd, 0xe7, 0xf3);
    case G::Hexagon:
    case G::Pentagon:
    case G::RoundedSquare:
    case G::Document:
        return QColor(0xe3, 0xef, 0xdc);
    case G::Square:
    case G::Cross:
        return QColor(0xfb, 0xe9, 0xd4);
    case G::Diamond:
    case G::Shield:
    case G::TriangleUp:
        return QColor(0xf1, 0xdf, 0xdf);
    case G::TriangleDown:
    case G::Person:
    case G::Group:
        return QColor(0xec, 0xe2, 0xf3);
    case G::Star:
    case G::Ellipse:
    case G::Count:
        break;
    }
    return QColor(0xf4, 0xf0, 0xd6);
}

double KindShape::visualScale(Glyph glyph)
{
    switch (glyph) {
    case Glyph::TriangleUp:
    case Glyph::TriangleDown:
    case Glyph::Star:
        return 1.18;
    default:
        return 1.0;
    }
}

} // namespace tiescope
