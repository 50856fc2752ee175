// SPDX-License-Identifier: MIT
#include "render/tierasterpainter.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <optional>

#include <QPainter>
#include <QRegion>

#include "render/devicearea.h"
#include "render/linegeometry.h"
#include "render/pooljobs.h"
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
// Frames at least this many device rows high are drawn in two bands on two threads; a band
// takes the ties that come within BandMargin device pixels of its rows (wider than any strand,
// antialiasing share or rounding of a line).
constexpr int MinBandRows = 128;
constexpr double MinSplit = 0.2; // the smallest share of the rows a band is given
constexpr double BandMargin = 8.0;

// Copies `from` (pixels of `source`) to `to` in `target`, row by row; same format, in bounds.
void copyRows(const QImage &source, const QRect &from, QImage &target, const QPoint &to)
{
    const auto bytes = static_cast<std::size_t>(from.width()) * 4;
    for (int row = 0; row < from.height(); ++row)
        std::memcpy(target.scanLine(to.y() + row) + static_cast<std::ptrdiff_t>(to.x()) * 4,
                    source.constScanLine(from.y() + row) + static_cast<std::ptrdiff_t>(from.x()) * 4, bytes);
}

} // namespace

void TieRasterPainter::drawCurve(TieRaster &raster, const TieFrame &frame, const TieStyleTable &styles,
                                 std::uint32_t tie, const QTransform &toPixels, const TieRaster::Ink &ink,
                                 std::vector<double> &dashPixels)
{
    const TieGeometry &geometry = frame.geometry();
    const TieGeometry::Curve &g = geometry.curve(tie);
    const TieStyleTable::Style &s = styles.styleOfTie(tie);
    const double lod = frame.lod();
    dashPixels.clear();
    // As a QPen's: dash lengths are in pen widths, and a pen is at least a pixel wide.
    const double penPixels = std::max(devicePixels(s.width, lod) * toPixels.m11() / lod, 1.0);
    for (const qreal dash : s.dashes)
        dashPixels.push_back(dash * penPixels);
    raster.setDashes(dashPixels);
    const QPointF p0 = toPixels.map(g.p0);
    const QPointF p1 = toPixels.map(g.p1);
    if (geometry.isStraight(tie)) {
        raster.drawLine(p0, p1, ink); // alone between its pair: a straight line
        return;
    }
    const QPointF c = toPixels.map(g.control);
    const double span = length(c - p0) + length(p1 - c);
    const int steps = std::clamp(static_cast<int>(span / SegmentPixels), MinSegments, MaxRasterSegments);
    linegeometry::forEachChord(p0, c, p1, steps,
                               [&](const QPointF &a, const QPointF &b) { raster.drawLine(a, b, ink); });
}

bool TieRasterPainter::coveredBySibling(const TieFrame &frame, std::uint32_t tie, Pass pass)
{
    // Far out, parallel ties are straight lines on top of each other: the pair's first shown
    // tie stands for them all (a third of the lines at 100k generated ties).
    return frame.geometry().rank(tie) != 0 && frame.draws(frame.geometry().leader(tie), pass);
}

void TieRasterPainter::drawBand(TieRaster &raster, const TieFrame &frame, const TieFrame &band,
                                const QTransform &toPixels, bool close, std::vector<QPainterPath> *arrows,
                                double arrowsBelow, double arrowsAbove)
{
    const TieGeometry &geometry = frame.geometry();
    std::vector<double> &dashPixels = &raster == &m_raster ? m_dashPixels : m_lowerDashPixels;
    for (const Pass pass : {Pass::Dimmed, Pass::Normal}) {
        if (pass == Pass::Dimmed && !frame.overlay().hasFocus())
            continue;
        const TieRaster::Ink *inks = m_inks.data() + (pass == Pass::Dimmed ? 0 : m_styles->size());
        // In tie order, not style by style: the per-tie arrays are read front to back.
        for (std::uint32_t tie = 0; tie < geometry.size(); ++tie) {
            if (!band.draws(tie, pass))
                continue;
            const std::uint32_t style = m_styles->styleOf(tie);
            const TieGeometry::Curve &g = geometry.curve(tie);
            if (!close) {
                if (!coveredBySibling(frame, tie, pass))
                    raster.drawLine(toPixels.map(g.p0), toPixels.map(g.p1), inks[style]);
                continue;
            }
            drawCurve(raster, frame, *m_styles, tie, toPixels, inks[style], dashPixels);
            if (!arrows || pass != Pass::Normal || !m_styles->isDirected(tie))
                continue;
            // Each arrowhead once: the band its tip is in adds it.
            const double tip = toPixels.map(g.p1).y();
            if (tip >= arrowsBelow && tip < arrowsAbove)
                addArrowhead((*arrows)[style], g.control, g.p1,
                             visibleWidth(m_styles->style(style).width, frame.lod()));
        }
    }
}

void TieRasterPainter::balanceBands(int rows)
{
    // A kept picture is often denser on one side of the middle row (at 1M ties the lower band
    // took half again the upper's time, and the frame waits for the slower). Which rows a band
    // gets changes no pixel (TieRaster::beginBand), only how the work is shared: the next cold
    // frame splits where this one's steps were half done.
    m_rowSteps.clear();
    m_raster.addRowSteps(m_rowSteps);
    m_lowerBand.addRowSteps(m_rowSteps);
    double total = 0.0;
    for (const double steps : m_rowSteps)
        total += steps;
    if (total <= 0.0 || rows <= 0)
        return;
    double done = 0.0;
    std::size_t row = 0;
    while (row < m_rowSteps.size() && done + m_rowSteps[row] < total / 2.0)
        done += m_rowSteps[row++];
    m_splitFraction = std::clamp(static_cast<double>(row) / rows, MinSplit, 1.0 - MinSplit);
}

void TieRasterPainter::addArrowsMeeting(const TieFrame &frame, const std::vector<QRectF> &sceneRects)
{
    // The arrowheads of ties that reach into any of `sceneRects`, each once: one path holding
    // an arrowhead twice would fill it not at all (odd-even).
    const TieGeometry &geometry = frame.geometry();
    for (std::uint32_t tie = 0; tie < geometry.size(); ++tie) {
        if (!m_styles->isDirected(tie) || !frame.draws(tie, Pass::Normal) ||
            std::none_of(sceneRects.begin(), sceneRects.end(), [&](const QRectF &r) { return geometry.meets(tie, r); }))
            continue;
        const std::uint32_t style = m_styles->styleOf(tie);
        const TieGeometry::Curve &g = geometry.curve(tie);
        addArrowhead(m_arrows[style], g.control, g.p1, visibleWidth(m_styles->style(style).width, frame.lod()));
    }
}

TieRasterPainter::Key TieRasterPainter::keyOf(const TieFrame &frame, const DeviceArea &area, bool close,
                                              std::uint64_t revision)
{
    const QTransform &t = area.toPixels();
    Key key;
    key.revision = revision;
    key.close = close;
    key.lod = frame.lod();
    key.ratio = area.ratio();
    key.scaleX = t.m11();
    key.scaleY = t.m22();
    key.shift = QPoint(static_cast<int>(std::floor(t.dx())), static_cast<int>(std::floor(t.dy())));
    key.phaseX = t.dx() - key.shift.x();
    key.phaseY = t.dy() - key.shift.y();
    return key;
}

bool TieRasterPainter::Key::sameLook(const Key &other) const
{
    // The level of detail is measured from the whole transform: a move alone changes its last bits.
    return revision == other.revision && close == other.close && std::abs(lod - other.lod) <= 1e-9 * lod &&
           ratio == other.ratio && scaleX == other.scaleX && scaleY == other.scaleY && phaseX == other.phaseX &&
           phaseY == other.phaseY;
}

bool TieRasterPainter::paintPreview(QPainter *painter, const TieFrame &frame, std::uint64_t revision)
{
    if (!m_cached || m_key.revision != revision || m_raster.image().isNull())
        return false;
    const std::optional<DeviceArea> area = DeviceArea::of(painter, frame.exposed() & frame.geometry().bounds());
    if (!area || !m_lastToPixels.isInvertible())
        return false;
    // Image pixels to the last frame's device pixels, to the scene, to this frame's device
    // pixels, to the painter's logical pixels.
    const QTransform imageToDevice = QTransform::fromTranslate(m_lastPixels.left(), m_lastPixels.top()) *
                                     m_lastToPixels.inverted() * area->toPixels() *
                                     QTransform::fromScale(1.0 / area->ratio(), 1.0 / area->ratio());
    painter->save();
    painter->setWorldTransform(imageToDevice);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false); // at once: the sharp one follows
    painter->drawImage(QPointF(0, 0), m_raster.image());
    painter->restore();
    return true;
}

bool TieRasterPainter::paint(QPainter *painter, const TieFrame &frame, bool close, std::uint64_t revision)
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
    const QRect pixels = area->pixels();
    // The picture in "content" pixels, device pixels less the whole pixels of the translation:
    // a view that only moved by whole pixels draws every tie where it was in content pixels,
    // so the last frame's pixels are kept and only what came into view is drawn.
    const Key key = keyOf(frame, *area, close, revision);
    const QRect content = pixels.translated(-key.shift);
    const QRect kept = m_cached && key.sameLook(m_key) ? m_content & content : QRect();
    m_raster.swapImage(m_previous); // the last frame's pixels stay in m_previous
    m_raster.begin(pixels);
    // Tens of thousands of lines make a texture in which smoothing is not seen: one pixel per
    // step then, half the work. Fewer lines keep their antialiasing: far out, all of them are
    // counted (each is a few pixels long); closer in, those that reach into the view.
    m_raster.setSmooth(close ? frame.shownCount(SmoothCloseTieLimit) <= SmoothCloseTieLimit
                             : geometry.shownCount() <= SmoothTieLimit);
    m_raster.setDashes({});
    for (auto *arrows : {&m_arrows, &m_lowerArrows}) {
        for (QPainterPath &a : *arrows)
            a.clear(); // keeps its memory for the next frame
        arrows->resize(m_styles->size());
    }
    // Inks of the dimmed pass, then of the normal one. As TieVectorPainter: never thinner than
    // about one device pixel.
    m_inks.clear();
    for (const Pass pass : {Pass::Dimmed, Pass::Normal}) {
        for (std::size_t style = 0; style < m_styles->size(); ++style) {
            const TieStyleTable::Style &s = m_styles->style(style);
            m_inks.push_back(
                TieRaster::ink(pass == Pass::Dimmed ? dimmed(s.colour) : s.colour, devicePixels(s.width, lod) * ratio));
        }
    }
    const QTransform toScene = toPixels.inverted();
    // The ties that come within BandMargin device pixels of `window` (image pixels).
    const auto frameOf = [&](const QRect &window) {
        const QRectF device =
            QRectF(window.translated(pixels.topLeft())).adjusted(-BandMargin, -BandMargin, BandMargin, BandMargin);
        return TieFrame(geometry, frame.overlay(), frame.exposed() & toScene.mapRect(device), lod);
    };
    const double infinity = std::numeric_limits<double>::infinity();
    QRegion drawn; // image pixels drawn afresh; empty: all of them
    bool lowerDrawn = false;
    if (!kept.isEmpty()) {
        // Moved by whole pixels, nothing else changed: the kept part copied, the rest drawn.
        copyRows(m_previous, kept.translated(-m_content.topLeft()), m_raster.image(),
                 kept.topLeft() - content.topLeft());
        const QRect whole(QPoint(0, 0), pixels.size());
        const QRect keptHere = kept.translated(-content.topLeft());
        drawn = QRegion(whole).subtracted(keptHere);
        std::vector<QRectF> strips;
        for (const QRect &strip : drawn) {
            const TieFrame stripFrame = frameOf(strip);
            m_raster.setWindow(strip);
            drawBand(m_raster, frame, stripFrame, toPixels, close, nullptr, 0.0, 0.0);
            strips.push_back(stripFrame.exposed());
        }
        if (close)
            addArrowsMeeting(frame, strips);
        ++m_framesReused;
    } else {
        // Both cores: the upper half of the rows here, the lower half on a pool thread, each
        // only with the ties that reach its rows. The pixels are those of one raster (see
        // TieRaster::beginBand); a small area is not worth a thread.
        const int rows = pixels.height();
        if (rows < MinBandRows) {
            drawBand(m_raster, frame, frame, toPixels, close, &m_arrows, -infinity, infinity);
        } else {
            const int split = std::clamp(static_cast<int>(std::lround(m_splitFraction * rows)), 1, rows - 1);
            const QRect upper(0, 0, pixels.width(), split);
            const QRect lower(0, split, pixels.width(), rows - split);
            m_raster.setWindow(upper);
            m_lowerBand.beginBand(m_raster, lower);
            const TieFrame upperFrame = frameOf(upper);
            const TieFrame lowerFrame = frameOf(lower);
            const double splitY = pixels.top() + lower.top();
            PoolJobs::runBeside(
                [&] { drawBand(m_raster, frame, upperFrame, toPixels, close, &m_arrows, -infinity, splitY); },
                [&] { drawBand(m_lowerBand, frame, lowerFrame, toPixels, close, &m_lowerArrows, splitY, infinity); });
            for (std::size_t style = 0; style < m_arrows.size(); ++style)
                m_arrows[style].addPath(m_lowerArrows[style]);
            balanceBands(rows);
            lowerDrawn = !m_lowerBand.isEmpty();
        }
    }
    m_key = key;
    m_content = content;
    m_lastPixels = pixels;
    m_lastToPixels = toPixels;
    m_cached = true;
    // Arrowheads are small: QPainter fills them, one path per style, into the same image and
    // on a pool thread (see StrokeLayer): thousands of them took longer than all the lines.
    const bool arrows =
        close && std::any_of(m_arrows.begin(), m_arrows.end(), [](const QPainterPath &a) { return !a.isEmpty(); });
    if (arrows) {
        PoolJobs::runOnPool([&] {
            QPainter image(&m_raster.image());
            image.setRenderHint(QPainter::Antialiasing, true);
            if (!drawn.isEmpty())
                image.setClipRegion(drawn); // image pixels; the kept ones have their arrowheads
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
    if (m_raster.isEmpty() && !lowerDrawn && !arrows && kept.isEmpty())
        return true;
    area->composite(painter, m_raster.image());
    return true;
}

} // namespace tiescope
