// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include <QColor>
#include <QPainterPath>
#include <QPointF>

#include "render/linegeometry.h"

// How ties are drawn, named once for TieGeometry, TieLayer and its painters: the level-of-detail
// switches, the sizes of arrowheads and overlays, and the arrowhead's shape.
namespace tiescope::tiedrawing {

// Focus on: the dimmed ties first, then the others over them. Focus off: only Normal.
enum class Pass : std::uint8_t
{
    Dimmed,
    Normal
};

// Level of detail (device pixels per scene unit) below which ties are straight lines without
// arrows or dashes ("far out").
constexpr double FarLod = 0.35;
// The smallest level of detail sizes are divided by (a degenerate transform has none).
constexpr double MinLod = 1e-3;
// Closer in than FarLod, a view with more ties than this is drawn by TieRaster.
constexpr std::size_t DenseTies = 1500;
// Far out, more shown ties than this are drawn aliased (a texture where smoothing is not seen).
constexpr std::size_t SmoothTieLimit = 20'000;
// Closer in, ties are long: this many reaching into a view cross every pixel of it several
// times over (a zoomed 100k-tie view has about 15,000), and are drawn aliased too.
constexpr std::size_t SmoothCloseTieLimit = 5'000;
// On screen, up to this wide a tie is drawn with a one-pixel cosmetic pen.
constexpr double ThinPixels = 2.0;
// A tie is never drawn thinner than this many device pixels, so a zoomed-out graph keeps it.
constexpr double MinPixels = 0.9;
// Out of focus, a tie keeps this share of its opacity.
constexpr float DimmedAlpha = 0.12f;

// Arrowheads, scene units at a tie width of ArrowWidth; they grow with wider ties up to
// ArrowMaxScale. A tie's bounds leave room for one plus BoundsSlack.
constexpr double ArrowLength = 9.0;
constexpr double ArrowHalfWidth = 4.0;
constexpr double ArrowWidth = 1.8;
constexpr double ArrowMaxScale = 1.6;
constexpr double BoundsSlack = 4.0;

// The selected tie: a halo under a stroke in its domain's colour, device pixels; the halo
// reaches SelectionReachPixels beyond the ties' bounds.
constexpr double SelectionHaloPixels = 9.0;
constexpr double SelectionPixels = 3.0;
constexpr double SelectionReachPixels = 8.0;
inline const QColor SelectionHalo{255, 200, 0, 170};
// A tie a what-if removes: a thin red dashed stroke, device pixels.
constexpr double StruckPixels = 1.6;
inline const QColor StruckColour{0xc6, 0x28, 0x28, 200};

// The scene length of one device pixel.
inline double pixelOf(double lod)
{
    return 1.0 / std::max(lod, MinLod);
}

// A tie's width in scene units as drawn: at least MinPixels on the device.
inline double visibleWidth(double width, double lod)
{
    return std::max(width, MinPixels / std::max(lod, MinLod));
}

// A tie's width in device pixels as drawn by TieRaster: at least MinPixels.
inline double devicePixels(double width, double lod)
{
    return std::max(width * lod, MinPixels);
}

// The colour of a tie out of focus.
inline QColor dimmed(QColor colour)
{
    colour.setAlphaF(colour.alphaF() * DimmedAlpha);
    return colour;
}

// Appends the arrowhead of a curve that arrives at `tip` from `control`, for a tie `width`
// scene units wide, to `arrows` (filled later, one path per style).
inline void addArrowhead(QPainterPath &arrows, const QPointF &control, const QPointF &tip, double width)
{
    const QPointF dir = linegeometry::unit(tip - control);
    const QPointF normal(-dir.y(), dir.x());
    const double scale = std::clamp(width / ArrowWidth, 1.0, ArrowMaxScale);
    const QPointF base = tip - dir * ArrowLength * scale;
    arrows.moveTo(tip);
    arrows.lineTo(base + normal * ArrowHalfWidth * scale);
    arrows.lineTo(base - normal * ArrowHalfWidth * scale);
    arrows.closeSubpath();
}

} // namespace tiescope::tiedrawing
