// SPDX-License-Identifier: MIT
#include "render/tielayer.h"

#include <utility>

#include <algorithm>

#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/tiedrawing.h"
#include "render/tieframe.h"

namespace tiescope {

using namespace tiedrawing;

TieLayer::TieLayer(const TieGraph &graph) : TieLayer(graph, TieGeometry(graph)) {}

TieLayer::TieLayer(const TieGraph &graph, TieGeometry geometry)
    : m_styles(graph.dataset()),
      m_geometry(std::move(geometry)),
      m_overlay(graph),
      m_vectorPainter(m_styles),
      m_rasterPainter(m_styles)
{
    setFlag(ItemUsesExtendedStyleOption);
    setAcceptHoverEvents(false);
    setAcceptedMouseButtons(Qt::NoButton);
}

void TieLayer::setMask(const std::vector<std::uint8_t> &tieMask)
{
    ++m_revision;
    m_geometry.setMask(tieMask);
    update();
}

void TieLayer::updateGeometry(const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    ++m_revision;
    m_geometry.update(centres, radii);
    prepareGeometryChange();
    m_bounds = m_geometry.bounds();
    update();
}

void TieLayer::followEdit(const Dataset &data, std::size_t keep, const std::vector<TieId> &changed)
{
    ++m_revision;
    while (m_styles.tieCount() > keep)
        m_styles.pop();
    for (const TieId tie : changed) {
        if (tie.index() < keep)
            m_styles.restyle(data, tie.value());
    }
    while (m_styles.tieCount() < data.ties().size())
        m_styles.append(data);
    m_geometry.followEdit(keep, changed);
    m_overlay.clear();
    update();
}

void TieLayer::renumberEntities(const std::vector<EntityId> &moves)
{
    ++m_revision;
    m_geometry.renumberEntities(moves);
}

void TieLayer::updateStale(const std::vector<EntityId> &resized, const std::vector<QPointF> &centres,
                           const std::vector<double> &radii)
{
    ++m_revision;
    // Past a few hundred curves one repaint of the layer is cheaper than a rectangle each.
    constexpr std::size_t OneByOne = 256;
    if (m_geometry.staleCount(resized) > OneByOne) {
        m_geometry.updateStale(resized, centres, radii, [](const QRectF &) {});
        update();
    } else {
        m_geometry.updateStale(resized, centres, radii, [this](const QRectF &tieBounds) { update(tieBounds); });
    }
    if (m_geometry.bounds() != m_bounds) {
        prepareGeometryChange();
        m_bounds = m_geometry.bounds();
    }
}

void TieLayer::updateGeometryOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii)
{
    ++m_revision;
    m_geometry.updateOf(entity, centres, radii, [this](const QRectF &tieBounds) { update(tieBounds); });
    if (m_geometry.bounds() != m_bounds) {
        prepareGeometryChange();
        m_bounds = m_geometry.bounds();
    }
}

void TieLayer::setFocus(std::vector<std::uint8_t> entityFocus)
{
    ++m_revision;
    m_overlay.setFocus(std::move(entityFocus));
    update();
}

void TieLayer::setSelectedTies(std::vector<TieId> ties)
{
    for (const TieId old : m_overlay.selected())
        update(m_geometry.tieBounds(old));
    for (const TieId tie : ties)
        update(m_geometry.tieBounds(tie));
    m_overlay.setSelected(std::move(ties));
}

void TieLayer::setTieFocus(std::vector<std::uint8_t> tieFocus)
{
    ++m_revision;
    m_overlay.setTieFocus(std::move(tieFocus));
    update();
}

void TieLayer::setStruck(std::vector<std::uint8_t> struck)
{
    ++m_revision;
    m_overlay.setStruck(std::move(struck));
    update();
}

void TieLayer::setPreview(bool preview)
{
    if (preview == m_preview)
        return;
    m_preview = preview;
    update();
}

std::optional<TieId> TieLayer::tieAt(const QPointF &scenePos, double tolerance) const
{
    return m_geometry.tieAt(scenePos, tolerance);
}

QRectF TieLayer::tieBounds(TieId tie) const
{
    return m_geometry.tieBounds(tie);
}

QPointF TieLayer::midpoint(TieId tie) const
{
    return m_geometry.midpoint(tie);
}

void TieLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect.isNull() ? m_bounds : option->exposedRect;
    const TieFrame frame(m_geometry, m_overlay, exposed, lod);
    painter->setRenderHint(QPainter::Antialiasing, true);
    // Far out, ties are short straight lines without arrows or dashes: drawn by TieRaster,
    // whose cost is their pixels rather than a QPainter call's overhead per line.
    // Closer in, a view crowded with ties is drawn the same way, with curves, dashes and
    // arrowheads; a sparse one (the bundled data) keeps QPainter's strokes, painted through
    // StrokeLayer on a raster device.
    if (m_preview && m_rasterPainter.paintPreview(painter, frame, m_revision)) {
        ++m_previewFrames;
        m_overlay.paintStruck(painter, m_geometry, exposed, lod);
        m_overlay.paintSelected(painter, m_geometry, lod);
        return;
    }
    const bool far = frame.isFar();
    const bool rastered = (far || frame.isDense()) && m_rasterPainter.paint(painter, frame, !far, m_revision);
    if (rastered) {
        m_overlay.paintStruck(painter, m_geometry, exposed, lod);
        m_overlay.paintSelected(painter, m_geometry, lod);
        return;
    }
    const auto strokes = [&](QPainter *p) {
        p->setRenderHint(QPainter::Antialiasing, true);
        if (m_overlay.hasFocus())
            m_vectorPainter.paint(p, frame, Pass::Dimmed);
        m_overlay.paintStruck(p, m_geometry, exposed, lod);
        m_vectorPainter.paint(p, frame, Pass::Normal);
        m_overlay.paintSelected(p, m_geometry, lod);
    };
    const double reach = SelectionReachPixels / std::max(lod, MinLod);
    if (!m_strokeLayer.paint(painter, exposed & m_bounds.adjusted(-reach, -reach, reach, reach), strokes))
        strokes(painter);
}

} // namespace tiescope
