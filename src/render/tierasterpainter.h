// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include <QPainterPath>

#include "render/tiedrawing.h"
#include "render/tieraster.h"

class QPainter;
class QTransform;

namespace tiescope {

class TieFrame;
class TieStyleTable;

// Ties drawn by TieRaster into one reused image, composited with one drawImage(): far out
// (straight lines, parallel ties merged) and in views crowded with ties (curves, dashes and
// arrowheads), where a QPainter call per tie would cost more than the pixels.
class TieRasterPainter final
{
public:
    explicit TieRasterPainter(const TieStyleTable &styles) : m_styles(&styles) {}

    // Every tie `frame` draws. False when the target is not a raster device (an SVG): then
    // TieVectorPainter draws. `close`: not far out, so curves, dashes and arrowheads as well.
    bool paint(QPainter *painter, const TieFrame &frame, bool close);

private:
    void drawCurve(const TieFrame &frame, std::uint32_t tie, const QTransform &toPixels, const TieRaster::Ink &ink);
    [[nodiscard]] static bool coveredBySibling(const TieFrame &frame, std::uint32_t tie, tiedrawing::Pass pass);

    const TieStyleTable *m_styles;
    // Reused between paints so that drawing allocates only when it grows.
    TieRaster m_raster;
    std::vector<TieRaster::Ink> m_inks;
    std::vector<double> m_dashPixels;
    std::vector<QPainterPath> m_arrows; // per style
};

} // namespace tiescope
