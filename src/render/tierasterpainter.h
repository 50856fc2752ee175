// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include <QImage>
#include <QPainterPath>
#include <QPoint>
#include <QRect>
#include <QRectF>

#include "render/tiedrawing.h"
#include "render/tieraster.h"

class QPainter;
class QTransform;

namespace tiescope {

class DeviceArea;
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
    // `revision` changes whenever what the ties look like does (TieLayer counts its changes):
    // at the same revision and scale, a view moved by whole pixels keeps the last frame's
    // pixels and draws only the part that came into view.
    bool paint(QPainter *painter, const TieFrame &frame, bool close, std::uint64_t revision);
    // The last frame's tie pixels drawn where `frame` puts them (scaled and moved: a zoom
    // preview), without drawing a tie. False when there is no last frame of this `revision`
    // (what the ties look like changed since) or the target is not a raster device. The last
    // frame stays what a pan keeps.
    bool paintPreview(QPainter *painter, const TieFrame &frame, std::uint64_t revision);
    // How many frames kept pixels of the one before (for tests).
    [[nodiscard]] std::uint64_t framesReused() const { return m_framesReused; }
    // Where the next cold frame splits its rows between the two bands, as a fraction of them
    // (for tests): moved after each two-band frame towards equal work.
    [[nodiscard]] double splitFraction() const { return m_splitFraction; }

private:
    // What decides the pixels of a frame, but for where it lies: equal keys, equal pixels
    // in content coordinates (device pixels less `shift`).
    struct Key
    {
        std::uint64_t revision = 0;
        bool close = false;
        double lod = 0.0;
        double ratio = 0.0;
        double scaleX = 0.0;
        double scaleY = 0.0;
        double phaseX = 0.0; // the translation's fraction of a pixel
        double phaseY = 0.0;
        QPoint shift; // and its whole pixels
        [[nodiscard]] bool sameLook(const Key &other) const;
    };
    [[nodiscard]] static Key keyOf(const TieFrame &frame, const DeviceArea &area, bool close, std::uint64_t revision);
    // One band of device rows: the ties that reach it, from `band` (the frame cut to those
    // rows and a margin) while `frame` decides which parallel tie stands for its pair.
    // `arrows`: where the arrowheads of ties whose tip is in [arrowsBelow, arrowsAbove) (device
    // y) go; nullptr: none.
    void drawBand(TieRaster &raster, const TieFrame &frame, const TieFrame &band, const QTransform &toPixels,
                  bool close, std::vector<QPainterPath> *arrows, double arrowsBelow, double arrowsAbove);
    void addArrowsMeeting(const TieFrame &frame, const std::vector<QRectF> &sceneRects);
    static void drawCurve(TieRaster &raster, const TieFrame &frame, const TieStyleTable &styles, std::uint32_t tie,
                          const QTransform &toPixels, const TieRaster::Ink &ink, std::vector<double> &dashPixels);
    // After a two-band frame of `rows` rows: where the next one splits, so that each band
    // takes about half of the steps this one took.
    void balanceBands(int rows);
    [[nodiscard]] static bool coveredBySibling(const TieFrame &frame, std::uint32_t tie, tiedrawing::Pass pass);

    const TieStyleTable *m_styles;
    // Reused between paints so that drawing allocates only when it grows.
    TieRaster m_raster;
    TieRaster m_lowerBand; // drawn on a pool thread into m_raster's image
    std::vector<TieRaster::Ink> m_inks;
    std::vector<double> m_dashPixels;
    std::vector<double> m_lowerDashPixels;
    std::vector<QPainterPath> m_arrows;      // per style
    std::vector<QPainterPath> m_lowerArrows; // per style, of ties whose tip is in the lower band
    // The last frame, kept for a view that only moves.
    QImage m_previous;
    QRect m_content; // where it lies, in content pixels
    QRect m_lastPixels;         // the last frame's device pixels (m_raster's image covers them)
    QTransform m_lastToPixels;  // and its scene to device pixels
    Key m_key;
    bool m_cached = false;
    std::uint64_t m_framesReused = 0;
    double m_splitFraction = 0.5;
    std::vector<double> m_rowSteps; // balanceBands' per-row work, reused
};

} // namespace tiescope
