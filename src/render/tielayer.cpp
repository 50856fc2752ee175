// SPDX-License-Identifier: MIT
#include "render/tielayer.h"

#include <algorithm>
#include <cmath>
#include <map>

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/linegeometry.h"
#include "render/tiestroke.h"
#include "render/tiestyle.h"

namespace tiescope {

using linegeometry::length;
using linegeometry::quadAt;
using linegeometry::unit;

namespace {

constexpr double FarLod = 0.35;   // below this, straight lines and no arrows
constexpr std::size_t DenseTies = 1500; // closer in, more ties in view than this are drawn by TieRaster
constexpr std::size_t SmoothTieLimit = 20'000; // far out, more shown ties than this are drawn aliased
constexpr double ThinPixels = 2.0; // on screen, up to this wide a tie is drawn one pixel wide
constexpr double ArrowLength = 9.0;
constexpr double ArrowHalfWidth = 4.0;

} // namespace

TieLayer::TieLayer(const TieGraph &graph) : m_graph(&graph), m_geometry(graph)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(false);
    setAcceptedMouseButtons(Qt::NoButton);
    const Dataset &data = graph.dataset();
    const auto &ties = data.ties();
    const std::size_t n = ties.size();

    // One pen per (domain, status, grade step, width step): a few dozen batches at most.
    std::map<std::tuple<std::uint32_t, int, int, int>, std::size_t> styleIndex;
    std::vector<std::uint32_t> &styleOf = m_styleOf;
    styleOf.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Tie &tie = ties[i];
        const int gradeStep = static_cast<int>(std::lround(TieStyle::opacity(tie.bestGrade()) * 10.0));
        const int widthStep = static_cast<int>(std::lround(TieStyle::width(data.strengthOf(tie)) * 4.0));
        const auto key = std::make_tuple(tie.domain.value(), static_cast<int>(tie.status), gradeStep, widthStep);
        auto [it, inserted] = styleIndex.try_emplace(key, m_styles.size());
        if (inserted) {
            QColor colour = TieStyle::domainColour(data.domain(tie.domain));
            colour.setAlphaF(static_cast<float>(gradeStep / 10.0));
            m_styles.push_back(Style{colour, widthStep / 4.0, TieStyle::dashPattern(tie.status)});
        }
        styleOf[i] = static_cast<std::uint32_t>(it->second);
    }
    m_tiesByStyle.resize(m_styles.size());
    for (std::uint32_t i = 0; i < n; ++i)
        m_tiesByStyle[styleOf[i]].push_back(i);

    m_directed.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        m_directed[i] = data.relation(ties[i].relation).directed ? 1 : 0;
}

void TieLayer::setMask(const std::vector<std::uint8_t> &tieMask)
{
    m_geometry.setMask(tieMask);
    update();
}

void TieLayer::updateGeometry(const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    m_geometry.update(centres, radii);
    prepareGeometryChange();
    m_bounds = m_geometry.bounds();
    update();
}

void TieLayer::updateGeometryOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    m_geometry.updateOf(entity, centres, radii, [this](const QRectF &tieBounds) { update(tieBounds); });
    if (m_geometry.bounds() != m_bounds) {
        prepareGeometryChange();
        m_bounds = m_geometry.bounds();
    }
}

void TieLayer::setFocus(std::vector<std::uint8_t> entityFocus)
{
    m_focus = std::move(entityFocus);
    update();
}

void TieLayer::setSelectedTie(std::optional<TieId> tie)
{
    if (m_selected)
        update(m_geometry.tieBounds(*m_selected));
    m_selected = tie;
    if (m_selected)
        update(m_geometry.tieBounds(*m_selected));
}

void TieLayer::setTieFocus(std::vector<std::uint8_t> tieFocus)
{
    m_tieFocus = std::move(tieFocus);
    update();
}

void TieLayer::setStruck(std::vector<std::uint8_t> struck)
{
    m_struck = std::move(struck);
    update();
}

bool TieLayer::inFocus(std::size_t tie) const
{
    if (!m_tieFocus.empty())
        return tie < m_tieFocus.size() && m_tieFocus[tie] != 0;
    if (m_focus.empty())
        return true;
    const TieGraph::TieFacts &f = m_graph->facts()[tie];
    return m_focus[f.from] && m_focus[f.to];
}

std::optional<TieId> TieLayer::tieAt(const QPointF &p, double tolerance) const
{
    return m_geometry.tieAt(p, tolerance);
}

QPointF TieLayer::midpoint(TieId tie) const
{
    return m_geometry.midpoint(tie);
}

QRectF TieLayer::tieBounds(TieId tie) const
{
    return m_geometry.tieBounds(tie);
}

void TieLayer::paintStyle(QPainter *painter, std::size_t style, const QRectF &exposed, double lod, Pass pass)
{
    const Style &s = m_styles[style];
    QColor colour = s.colour;
    if (pass == Pass::Dimmed)
        colour.setAlphaF(colour.alphaF() * 0.12f);
    // Never thinner than about one device pixel, so a zoomed-out graph keeps its ties.
    const double width = std::max(s.width, 0.9 / std::max(lod, 1e-3));
    QPen pen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    const bool far = lod < FarLod;
    const double devicePixels = width * lod;
    if (devicePixels <= ThinPixels) {
        // About a pixel wide on screen: a one-pixel cosmetic pen, which the raster engine
        // draws along the path directly, where a wider pen is first turned into an outline
        // and filled (seconds for a few thousand dashed curves). The fainter colour keeps
        // strong ties apart from weak ones.
        pen.setCosmetic(true);
        pen.setWidthF(1.0);
        if (devicePixels > 1.0)
            colour.setAlphaF(std::min(1.0f, colour.alphaF() * static_cast<float>(devicePixels)));
        pen.setColor(colour);
    }
    // On the raster engine the visible part of each curve is cut into dashes here (see
    // TieStroke); a vector export keeps whole curves and its dashed pen.
    const double pixel = 1.0 / std::max(lod, 1e-3);
    const double penReach = pen.isCosmetic() ? pixel : width;
    const bool clipped = !far && painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster;
    TieStroke stroke(exposed.adjusted(-penReach - 2.0 * pixel, -penReach - 2.0 * pixel, penReach + 2.0 * pixel,
                                      penReach + 2.0 * pixel),
                     pixel);
    // A QPen's dashes are in pen widths; a cosmetic pen is one pixel wide.
    stroke.setDashes(s.dashes, pen.isCosmetic() ? pixel : width);
    if (!s.dashes.isEmpty() && !far && !clipped)
        pen.setDashPattern(s.dashes);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    QPainterPath curves;
    QPainterPath arrows;
    m_lines.clear();
    const double arrowReach = (ArrowLength + ArrowHalfWidth) * 1.6;
    const QRectF arrowArea = exposed.adjusted(-arrowReach, -arrowReach, arrowReach, arrowReach);
    for (const std::uint32_t tie : m_tiesByStyle[style]) {
        if (!drawnIn(tie, exposed, pass))
            continue;
        const Geometry &g = m_geometry.curve(tie);
        if (far) {
            m_lines.append(QLineF(g.p0, g.p1));
            continue;
        }
        if (clipped) {
            stroke.addQuad(m_lines, g.p0, g.control, g.p1);
        } else {
            curves.moveTo(g.p0);
            curves.quadTo(g.control, g.p1);
        }
        if (m_directed[tie] && (!clipped || arrowArea.contains(g.p1)))
            addArrow(arrows, g, width);
    }
    if (far) {
        if (!m_lines.isEmpty())
            painter->drawLines(m_lines);
        return;
    }
    if (!m_lines.isEmpty())
        painter->drawLines(m_lines);
    if (!curves.isEmpty())
        painter->drawPath(curves);
    if (!arrows.isEmpty()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPath(arrows);
    }
}

void TieLayer::addArrow(QPainterPath &arrows, const Geometry &g, double width)
{
    const QPointF dir = unit(g.p1 - g.control);
    const QPointF normal(-dir.y(), dir.x());
    const double scale = std::clamp(width / 1.8, 1.0, 1.6);
    const QPointF base = g.p1 - dir * ArrowLength * scale;
    arrows.moveTo(g.p1);
    arrows.lineTo(base + normal * ArrowHalfWidth * scale);
    arrows.lineTo(base - normal * ArrowHalfWidth * scale);
    arrows.closeSubpath();
}

bool TieLayer::shownIn(std::uint32_t tie, const QRectF &exposed) const
{
    if (m_allExposed)
        return m_geometry.isShown(tie); // the whole layer is in view: no rectangle to test
    return m_geometry.isShown(tie) && m_geometry.meets(tie, exposed);
}

bool TieLayer::drawnIn(std::uint32_t tie, const QRectF &exposed, Pass pass) const
{
    return shownIn(tie, exposed) && (pass == Pass::Normal) == inFocus(tie) && (m_struck.empty() || !m_struck[tie]);
}

bool TieLayer::isDense(const QRectF &exposed) const
{
    std::size_t count = 0;
    for (std::uint32_t tie = 0; tie < m_geometry.size(); ++tie) {
        if (shownIn(tie, exposed) && ++count > DenseTies)
            return true;
    }
    return false;
}

void TieLayer::rasterTie(std::uint32_t tie, const QTransform &toPixels, const TieRaster::Ink &ink, double lod)
{
    const Geometry &g = m_geometry.curve(tie);
    const Style &s = m_styles[m_styleOf[tie]];
    m_dashPixels.clear();
    // As a QPen's: dash lengths are in pen widths, and a pen is at least a pixel wide.
    const double penPixels = std::max(std::max(s.width * lod, 0.9) * toPixels.m11() / lod, 1.0);
    for (const qreal dash : s.dashes)
        m_dashPixels.push_back(dash * penPixels);
    m_raster.setDashes(m_dashPixels);
    const QPointF p0 = toPixels.map(g.p0);
    const QPointF p1 = toPixels.map(g.p1);
    if (m_geometry.isStraight(tie)) {
        m_raster.drawLine(p0, p1, ink); // alone between its pair: a straight line
        return;
    }
    const QPointF c = toPixels.map(g.control);
    const double span = length(c - p0) + length(p1 - c);
    const int steps = std::clamp(static_cast<int>(span / 6.0), 2, 24);
    QPointF previous = p0;
    for (int k = 1; k <= steps; ++k) {
        const QPointF next = quadAt(p0, c, p1, static_cast<double>(k) / steps);
        m_raster.drawLine(previous, next, ink);
        previous = next;
    }
}

bool TieLayer::coveredBySibling(std::uint32_t tie, const QRectF &exposed, Pass pass) const
{
    // Far out, parallel ties are straight lines on top of each other: the pair's first shown
    // tie stands for them all (a third of the lines at 100k generated ties).
    return m_geometry.rank(tie) != 0 && drawnIn(m_geometry.leader(tie), exposed, pass);
}

bool TieLayer::paintRaster(QPainter *painter, const QRectF &exposed, double lod, bool close)
{
    const QTransform transform = painter->worldTransform();
    QPaintDevice *device = painter->device();
    // Only where the pixels are ours to write: the raster engine, no rotation (an SVG or PDF
    // export keeps its vector lines).
    if (!device || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster ||
        transform.type() > QTransform::TxScale)
        return false;
    const double ratio = device->devicePixelRatioF();
    const QRectF shown = transform.mapRect(exposed & m_bounds) & QRectF(0, 0, device->width(), device->height());
    if (shown.isEmpty())
        return true;
    const QRect pixels = QRectF(shown.topLeft() * ratio, shown.size() * ratio).toAlignedRect();
    const QTransform toPixels = transform * QTransform::fromScale(ratio, ratio);
    m_raster.begin(pixels);
    // Tens of thousands of lines make a texture in which smoothing is not seen: one pixel per
    // step then, half the work. Fewer lines keep their antialiasing.
    m_raster.setSmooth(close || m_geometry.shownCount() <= SmoothTieLimit);
    m_raster.setDashes({});
    for (QPainterPath &arrows : m_arrows)
        arrows.clear(); // keeps its memory for the next frame
    m_arrows.resize(m_styles.size());
    const bool focus = !m_focus.empty() || !m_tieFocus.empty();
    for (const Pass pass : {Pass::Dimmed, Pass::Normal}) {
        if (pass == Pass::Dimmed && !focus)
            continue;
        m_inks.clear();
        for (const Style &s : m_styles) {
            QColor colour = s.colour;
            if (pass == Pass::Dimmed)
                colour.setAlphaF(colour.alphaF() * 0.12f);
            // As paintStyle: never thinner than about one device pixel.
            m_inks.push_back(TieRaster::ink(colour, std::max(s.width * lod, 0.9) * ratio));
        }
        // In tie order, not style by style: the per-tie arrays are read front to back.
        for (std::uint32_t tie = 0; tie < m_geometry.size(); ++tie) {
            if (!drawnIn(tie, exposed, pass))
                continue;
            if (!close) {
                if (!coveredBySibling(tie, exposed, pass))
                    m_raster.drawLine(toPixels.map(m_geometry.curve(tie).p0), toPixels.map(m_geometry.curve(tie).p1),
                                      m_inks[m_styleOf[tie]]);
                continue;
            }
            rasterTie(tie, toPixels, m_inks[m_styleOf[tie]], lod);
            if (pass == Pass::Normal && m_directed[tie])
                addArrow(m_arrows[m_styleOf[tie]], m_geometry.curve(tie), std::max(m_styles[m_styleOf[tie]].width, 0.9 / lod));
        }
    }
    // Arrowheads are small: QPainter fills them, one path per style, into the same image and
    // on a pool thread (see StrokeLayer): thousands of them took longer than all the lines.
    const bool arrows = close && std::any_of(m_arrows.begin(), m_arrows.end(), [](const QPainterPath &a) { return !a.isEmpty(); });
    if (arrows) {
        StrokeLayer::runOnPool([&] {
            QPainter image(&m_raster.image());
            image.setRenderHint(QPainter::Antialiasing, true);
            image.setTransform(toPixels * QTransform::fromTranslate(-pixels.left(), -pixels.top()));
            image.setPen(Qt::NoPen);
            for (std::size_t style = 0; style < m_styles.size(); ++style) {
                if (!m_arrows[style].isEmpty()) {
                    image.setBrush(m_styles[style].colour);
                    image.drawPath(m_arrows[style]);
                }
            }
        });
    }
    if (m_raster.isEmpty() && !arrows)
        return true;
    painter->save();
    painter->resetTransform();
    painter->drawImage(QRectF(QPointF(pixels.topLeft()) / ratio, QSizeF(pixels.size()) / ratio), m_raster.image());
    painter->restore();
    return true;
}

void TieLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isNull() ? m_bounds : option->exposedRect;
    m_allExposed = exposed.contains(m_bounds);
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Far out, ties are short straight lines without arrows or dashes: drawn by TieRaster,
    // whose cost is their pixels rather than a QPainter call's overhead per line.
    // Closer in, a view crowded with ties is drawn the same way, with curves, dashes and
    // arrowheads; a sparse one (the bundled data) keeps QPainter's strokes, painted through
    // StrokeLayer on a raster device.
    const bool far = lod < FarLod;
    const bool rastered = (far || isDense(exposed)) && paintRaster(painter, exposed, lod, !far);
    if (rastered) {
        paintStruck(painter, exposed, lod);
        paintSelected(painter, lod);
        return;
    }
    const auto strokes = [&](QPainter *p) {
        p->setRenderHint(QPainter::Antialiasing, true);
        if (!m_focus.empty() || !m_tieFocus.empty()) {
            for (std::size_t s = 0; s < m_styles.size(); ++s)
                paintStyle(p, s, exposed, lod, Pass::Dimmed);
        }
        paintStruck(p, exposed, lod);
        for (std::size_t s = 0; s < m_styles.size(); ++s)
            paintStyle(p, s, exposed, lod, Pass::Normal);
        paintSelected(p, lod);
    };
    // The selection's halo reaches a few pixels beyond the ties' bounds.
    const double reach = 8.0 / std::max(lod, 1e-3);
    if (!m_strokeLayer.paint(painter, exposed & m_bounds.adjusted(-reach, -reach, reach, reach), strokes))
        strokes(painter);
}

void TieLayer::paintStruck(QPainter *painter, const QRectF &exposed, double lod) const
{
    const double px = 1.0 / std::max(lod, 1e-3);
    if (!m_struck.empty()) {
        QPen pen(QColor(0xc6, 0x28, 0x28, 200), 1.6 * px, Qt::DashLine, Qt::FlatCap);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        QPainterPath struck;
        for (std::uint32_t i = 0; i < m_struck.size() && i < m_geometry.size(); ++i) {
            const Geometry &g = m_geometry.curve(i);
            if (m_struck[i] && m_geometry.isShown(i) && g.bounds.intersects(exposed)) {
                struck.moveTo(g.p0);
                struck.quadTo(g.control, g.p1);
            }
        }
        painter->drawPath(struck);
    }
}

void TieLayer::paintSelected(QPainter *painter, double lod) const
{
    const double px = 1.0 / std::max(lod, 1e-3);
    if (m_selected && m_geometry.isShown(m_selected->value())) {
        const Geometry &g = m_geometry.curve(m_selected->value());
        QPainterPath path(g.p0);
        path.quadTo(g.control, g.p1);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(QColor(255, 200, 0, 170), 9.0 * px, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
        const auto &ties = m_graph->dataset().ties();
        QColor colour = TieStyle::domainColour(m_graph->dataset().domain(ties[m_selected->index()].domain));
        painter->setPen(QPen(colour, 3.0 * px, Qt::SolidLine, Qt::RoundCap));
        painter->drawPath(path);
    }
}

} // namespace tiescope
