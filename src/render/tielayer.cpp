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

using linegeometry::quadAt;

namespace {

constexpr double FarLod = 0.35;   // below this, straight lines and no arrows
constexpr int HitSteps = 16; // segments a curve is tested (and entered in the grid) as
constexpr std::size_t DenseTies = 1500; // closer in, more ties in view than this are drawn by TieRaster
constexpr std::size_t SmoothTieLimit = 20'000; // far out, more shown ties than this are drawn aliased
constexpr double ThinPixels = 2.0; // on screen, up to this wide a tie is drawn one pixel wide
constexpr double FanStep = 20.0;  // distance between neighbouring parallel ties, scene units
constexpr double ArrowLength = 9.0;
constexpr double ArrowHalfWidth = 4.0;

double length(const QPointF &v)
{
    return std::hypot(v.x(), v.y());
}

QPointF unit(const QPointF &v)
{
    const double l = length(v);
    return l > 1e-9 ? v / l : QPointF(1.0, 0.0);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    return length(p - (a + t * ab));
}

} // namespace

TieLayer::TieLayer(const TieGraph &graph) : m_graph(&graph)
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
    m_tiesOfEntity.resize(data.entities().size());
    std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> pairIndex;
    m_pairOf.resize(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        const Tie &tie = ties[i];
        m_directed[i] = data.relation(tie.relation).directed ? 1 : 0;
        const std::uint32_t a = tie.from.value();
        const std::uint32_t b = tie.to.value();
        const std::pair<std::uint32_t, std::uint32_t> key{std::min(a, b), std::max(a, b)};
        auto [it, inserted] = pairIndex.try_emplace(key, static_cast<std::uint32_t>(m_pairTies.size()));
        if (inserted)
            m_pairTies.emplace_back();
        m_pairTies[it->second].push_back(i);
        m_pairOf[i] = it->second;
        m_tiesOfEntity[tie.from.index()].push_back(i);
        if (tie.to != tie.from)
            m_tiesOfEntity[tie.to.index()].push_back(i);
    }
    m_rank.assign(n, 0);
    m_leader.resize(n);
    for (std::uint32_t i = 0; i < n; ++i)
        m_leader[i] = m_pairTies[m_pairOf[i]].front();
    m_siblings.assign(n, 1);
    m_mask.assign(n, 1);
    m_geometry.resize(n);
}

void TieLayer::setMask(const std::vector<std::uint8_t> &tieMask)
{
    m_mask = tieMask;
    m_mask.resize(m_geometry.size(), 0);
    m_shownCount = static_cast<std::size_t>(std::count(m_mask.begin(), m_mask.end(), std::uint8_t{1}));
    m_gridDirty = true;
    for (const auto &pair : m_pairTies) {
        std::uint16_t shown = 0;
        for (const std::uint32_t tie : pair) {
            if (m_mask[tie]) {
                if (shown == 0)
                    m_leader[pair.front()] = tie; // read through any tie of the pair, below
                m_rank[tie] = shown++;
            }
        }
        for (const std::uint32_t tie : pair)
            m_leader[tie] = m_leader[pair.front()];
        for (const std::uint32_t tie : pair)
            m_siblings[tie] = std::max<std::uint16_t>(shown, 1);
    }
    update();
}

void TieLayer::computeGeometry(std::size_t i, const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    const TieGraph::TieFacts &f = m_graph->facts()[i];
    const QPointF a = centres[f.from];
    const QPointF b = centres[f.to];
    Geometry &g = m_geometry[i];
    if (f.from == f.to) {
        // A self-tie: a loop above the node, fanned out like parallel ties.
        const double r = radii[f.from];
        const double lift = 2.5 * r + FanStep * m_rank[i];
        g.p0 = a + QPointF(-r * 0.6, -r * 0.8);
        g.p1 = a + QPointF(r * 0.6, -r * 0.8);
        g.control = a + QPointF(0.0, -lift * 2.0);
    } else {
        // Offsets are measured in one canonical direction (lower id to higher) so that ties
        // A->B and B->A of the same pair fan apart instead of landing on each other.
        const bool forward = f.from < f.to;
        const QPointF lo = forward ? a : b;
        const QPointF hi = forward ? b : a;
        const QPointF along = hi - lo;
        const QPointF normal = unit(QPointF(-along.y(), along.x()));
        const double count = m_siblings[i];
        const double spread = std::max(40.0, 0.5 * length(along));
        const double step = count > 1 ? std::min(FanStep, spread / (count - 1)) : 0.0;
        const double offset = (m_rank[i] - (count - 1) / 2.0) * step;
        // A quadratic's peak lies halfway to its control point.
        g.control = (a + b) / 2.0 + normal * (2.0 * offset);
        g.p0 = a + unit(g.control - a) * radii[f.from];
        g.p1 = b + unit(g.control - b) * (radii[f.to] + 1.0);
    }
    const double margin = ArrowLength + 4.0;
    g.bounds = QRectF(QPointF(std::min({g.p0.x(), g.control.x(), g.p1.x()}), std::min({g.p0.y(), g.control.y(), g.p1.y()})),
                      QPointF(std::max({g.p0.x(), g.control.x(), g.p1.x()}), std::max({g.p0.y(), g.control.y(), g.p1.y()})))
                   .adjusted(-margin, -margin, margin, margin);
}

void TieLayer::updateGeometry(const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    QRectF bounds;
    for (std::size_t i = 0; i < m_geometry.size(); ++i) {
        computeGeometry(i, centres, radii);
        bounds |= m_geometry[i].bounds;
    }
    prepareGeometryChange();
    m_bounds = bounds;
    m_gridDirty = true;
    update();
}

void TieLayer::updateGeometryOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    QRectF bounds = m_bounds;
    m_gridDirty = true;
    for (const std::uint32_t tie : m_tiesOfEntity[entity.index()]) {
        update(m_geometry[tie].bounds);
        computeGeometry(tie, centres, radii);
        bounds |= m_geometry[tie].bounds;
        update(m_geometry[tie].bounds);
    }
    if (bounds != m_bounds) {
        prepareGeometryChange();
        m_bounds = bounds;
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
        update(m_geometry[m_selected->index()].bounds);
    m_selected = tie;
    if (m_selected)
        update(m_geometry[m_selected->index()].bounds);
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

void TieLayer::ensureGrid() const
{
    if (!m_gridDirty)
        return;
    // Built when first asked after a change, so filtering and dragging do not pay for it.
    m_grid.reset(m_bounds, m_shownCount);
    for (std::uint32_t i = 0; i < m_geometry.size(); ++i) {
        if (!m_mask[i])
            continue;
        const Geometry &g = m_geometry[i];
        const TieGraph::TieFacts &f = m_graph->facts()[i];
        if (m_siblings[i] <= 1 && f.from != f.to) {
            m_grid.insertSegment(i, g.p0, g.p1); // alone between its pair: straight
            continue;
        }
        QPointF previous = g.p0;
        for (int s = 1; s <= HitSteps; ++s) {
            const QPointF next = quadAt(g.p0, g.control, g.p1, static_cast<double>(s) / HitSteps);
            m_grid.insertSegment(i, previous, next);
            previous = next;
        }
    }
    m_grid.finish();
    m_gridDirty = false;
}

std::optional<TieId> TieLayer::tieAt(const QPointF &p, double tolerance) const
{
    // Only the ties the grid has near p: a click or a tooltip costs microseconds at 100k ties.
    ensureGrid();
    std::optional<TieId> best;
    double bestDistance = tolerance;
    // A tie is in several of the cells looked at: each is measured once.
    if (m_visited.size() != m_geometry.size()) {
        m_visited.assign(m_geometry.size(), 0);
        m_visit = 0;
    }
    if (++m_visit == 0) {
        std::fill(m_visited.begin(), m_visited.end(), 0);
        m_visit = 1;
    }
    m_grid.forEachNear(p, tolerance, [&](std::uint32_t i) {
        if (m_visited[i] == m_visit || !m_mask[i])
            return;
        m_visited[i] = m_visit;
        const Geometry &g = m_geometry[i];
        const QRectF &b = g.bounds;
        if (p.x() < b.left() - tolerance || p.x() > b.right() + tolerance || p.y() < b.top() - tolerance ||
            p.y() > b.bottom() + tolerance)
            return;
        const TieGraph::TieFacts &f = m_graph->facts()[i];
        double distance = bestDistance + 1.0;
        if (m_siblings[i] <= 1 && f.from != f.to) {
            distance = distanceToSegment(p, g.p0, g.p1); // alone between its pair: straight
        } else {
            QPointF previous = g.p0;
            for (int s = 1; s <= HitSteps; ++s) {
                const QPointF next = quadAt(g.p0, g.control, g.p1, static_cast<double>(s) / HitSteps);
                distance = std::min(distance, distanceToSegment(p, previous, next));
                previous = next;
            }
        }
        // Equally near: the later tie, which is drawn on top.
        if (distance < bestDistance || (distance == bestDistance && (!best || i > best->value()))) {
            bestDistance = distance;
            best = TieId(i);
        }
    });
    return best;
}

QPointF TieLayer::midpoint(TieId tie) const
{
    const Geometry &g = m_geometry.at(tie.index());
    return quadAt(g.p0, g.control, g.p1, 0.5);
}

QRectF TieLayer::tieBounds(TieId tie) const
{
    return m_geometry.at(tie.index()).bounds;
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
        const Geometry &g = m_geometry[tie];
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
        return m_mask[tie] != 0; // the whole layer is in view: no rectangle to test
    // Bounds and exposed rectangles are normalised: four comparisons, inline (called per tie).
    const QRectF &b = m_geometry[tie].bounds;
    return m_mask[tie] && b.left() <= exposed.right() && exposed.left() <= b.right() && b.top() <= exposed.bottom() &&
           exposed.top() <= b.bottom();
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
    const Geometry &g = m_geometry[tie];
    const Style &s = m_styles[m_styleOf[tie]];
    m_dashPixels.clear();
    // As a QPen's: dash lengths are in pen widths, and a pen is at least a pixel wide.
    const double penPixels = std::max(std::max(s.width * lod, 0.9) * toPixels.m11() / lod, 1.0);
    for (const qreal dash : s.dashes)
        m_dashPixels.push_back(dash * penPixels);
    m_raster.setDashes(m_dashPixels);
    const TieGraph::TieFacts &f = m_graph->facts()[tie];
    const QPointF p0 = toPixels.map(g.p0);
    const QPointF p1 = toPixels.map(g.p1);
    if (m_siblings[tie] <= 1 && f.from != f.to) {
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
    return m_rank[tie] != 0 && drawnIn(m_leader[tie], exposed, pass);
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
    m_raster.setSmooth(close || m_shownCount <= SmoothTieLimit);
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
                    m_raster.drawLine(toPixels.map(m_geometry[tie].p0), toPixels.map(m_geometry[tie].p1),
                                      m_inks[m_styleOf[tie]]);
                continue;
            }
            rasterTie(tie, toPixels, m_inks[m_styleOf[tie]], lod);
            if (pass == Pass::Normal && m_directed[tie])
                addArrow(m_arrows[m_styleOf[tie]], m_geometry[tie], std::max(m_styles[m_styleOf[tie]].width, 0.9 / lod));
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
        for (std::size_t i = 0; i < m_struck.size() && i < m_mask.size(); ++i) {
            if (m_struck[i] && m_mask[i] && m_geometry[i].bounds.intersects(exposed)) {
                struck.moveTo(m_geometry[i].p0);
                struck.quadTo(m_geometry[i].control, m_geometry[i].p1);
            }
        }
        painter->drawPath(struck);
    }
}

void TieLayer::paintSelected(QPainter *painter, double lod) const
{
    const double px = 1.0 / std::max(lod, 1e-3);
    if (m_selected && m_mask[m_selected->index()]) {
        const Geometry &g = m_geometry[m_selected->index()];
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
