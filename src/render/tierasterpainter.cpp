// SPDX-License-Identifier: MIT
#include "render/tierasterpainter.h"

#include <algorithm>
#include <optional>

#include <QPainter>

#include "render/devicearea.h"
#include "render/linegeometry.h"
#include "render/strokelayer.h"
#include "render/tieframe.h"
#include "render/tiestyletable.h"

namespace tiescope {

using namespace tiedrawing;
using linegeometry::length;

namespace {

// A curve is drawn as chords about this many device pixels long, within these counts.
constexpr double SegmentPixels = 6.0;
constexpr int MinSegments = 2;
constexpr int MaxRasterSegments = 24;

} // namespace

void TieRasterPainter::drawCurve(const TieFrame &frame, std::uint32_t tie, const QTransform &toPixels,
                                 const TieRaster::Ink &ink)
{
    const TieGeometry &geometry = frame.geometry();
    const TieGeometry::Curve &g = geometry.curve(tie);
    const TieStyleTable::Style &s = m_styles->styleOfTie(tie);
    const double lod = frame.lod();
    m_dashPixels.clear();
    // As a QPen's: dash lengths are in pen widths, and a pen is at least a pixel wide.
    const double penPixels = std::max(devicePixels(s.width, lod) * toPixels.m11() / lod, 1.0);
    for (const qreal dash : s.dashes)
        m_dashPixels.push_back(dash * penPixels);
    m_raster.setDashes(m_dashPixels);
    const QPointF p0 = toPixels.map(g.p0);
    const QPointF p1 = toPixels.map(g.p1);
    if (geometry.isStraight(tie)) {
        m_raster.drawLine(p0, p1, ink); // alone between its pair: a straight line
        return;
    }
    const QPointF c = toPixels.map(g.control);
    const double span = length(c - p0) + length(p1 - c);
    const int steps = std::clamp(static_cast<int>(span / SegmentPixels), MinSegments, MaxRasterSegments);
    linegeometry::forEachChord(p0, c, p1, steps,
                               [&](const QPointF &a, const QPointF &b) { m_raster.drawLine(a, b, ink); });
}

bool TieRasterPainter::coveredBySibling(const TieFrame &frame, std::uint32_t tie, Pass pass)
{
    // Far out, parallel ties are straight lines on top of each other: the pair's first shown
    // tie stands for them all (a third of the lines at 100k generated ties).
    return frame.geometry().rank(tie) != 0 && frame.draws(frame.geometry().leader(tie), pass);
}

bool TieRasterPainter::paint(QPainter *painter, const TieFrame &frame, bool close)
{
    const TieGeometry &geometry = frame.geometry();
    const std::optional<DeviceArea> area = DeviceArea::of(painter, frame.exposed() & geometry.bounds());
    if (!area)
        return false;
    if (area->isEmpty())
        return true;
    const double lod = frame.lod();
    const double ratio = area->ratio();
    const QTransform &toPixels = area->toPixels();
    m_raster.begin(area->pixels());
    // Tens of thousands of lines make a texture in which smoothing is not seen: one pixel per
    // step then, half the work. Fewer lines keep their antialiasing.
    m_raster.setSmooth(close || geometry.shownCount() <= SmoothTieLimit);
    m_raster.setDashes({});
    for (QPainterPath &arrows : m_arrows)
        arrows.clear(); // keeps its memory for the next frame
    m_arrows.resize(m_styles->size());
    for (const Pass pass : {Pass::Dimmed, Pass::Normal}) {
        if (pass == Pass::Dimmed && !frame.overlay().hasFocus())
            continue;
        m_inks.clear();
        for (std::size_t style = 0; style < m_styles->size(); ++style) {
            const TieStyleTable::Style &s = m_styles->style(style);
            // As TieVectorPainter: never thinner than about one device pixel.
            m_inks.push_back(
                TieRaster::ink(pass == Pass::Dimmed ? dimmed(s.colour) : s.colour, devicePixels(s.width, lod) * ratio));
        }
        // In tie order, not style by style: the per-tie arrays are read front to back.
        for (std::uint32_t tie = 0; tie < geometry.size(); ++tie) {
            if (!frame.draws(tie, pass))
                continue;
            const std::uint32_t style = m_styles->styleOf(tie);
            const TieGeometry::Curve &g = geometry.curve(tie);
            if (!close) {
                if (!coveredBySibling(frame, tie, pass))
                    m_raster.drawLine(toPixels.map(g.p0), toPixels.map(g.p1), m_inks[style]);
                continue;
            }
            drawCurve(frame, tie, toPixels, m_inks[style]);
            if (pass == Pass::Normal && m_styles->isDirected(tie))
                addArrowhead(m_arrows[style], g.control, g.p1, visibleWidth(m_styles->style(style).width, lod));
        }
    }
    // Arrowheads are small: QPainter fills them, one path per style, into the same image and
    // on a pool thread (see StrokeLayer): thousands of them took longer than all the lines.
    const bool arrows =
        close && std::any_of(m_arrows.begin(), m_arrows.end(), [](const QPainterPath &a) { return !a.isEmpty(); });
    if (arrows) {
        StrokeLayer::runOnPool([&] {
            QPainter image(&m_raster.image());
            image.setRenderHint(QPainter::Antialiasing, true);
            image.setTransform(area->toImage());
            image.setPen(Qt::NoPen);
            for (const std::uint32_t style : m_styles->drawOrder()) {
                if (!m_arrows[style].isEmpty()) {
                    image.setBrush(m_styles->style(style).colour);
                    image.drawPath(m_arrows[style]);
                }
            }
        });
    }
    if (m_raster.isEmpty() && !arrows)
        return true;
    area->composite(painter, m_raster.image());
    return true;
}

} // namespace tiescope
