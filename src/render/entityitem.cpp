// SPDX-License-Identifier: MIT
#include "render/entityitem.h"

#include <algorithm>

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>
#include <QStyleOptionGraphicsItem>

#include "render/graphscene.h"
#include "render/halotext.h"

namespace tiescope {

namespace {

constexpr double LabelPaddingX = 3.0;
constexpr double LabelPaddingY = 1.0;
constexpr double MaxLabelWidth = 190.0;
const QColor MarkColour(0xff, 0xb3, 0x00);
const QColor LabelColour(0x1f, 0x26, 0x2b);
const QColor LeaderColour(0x26, 0x32, 0x38);
constexpr double LabelHalo = 3.5; // the halo's pen width, in label pixels
constexpr double DotPixels = 2.5;     // a glyph smaller than this radius on screen is drawn as a dot
constexpr double OutlinePixels = 3.5; // and one smaller than this without its outline

} // namespace

const QFont &EntityItem::labelFont()
{
    static const QFont font = [] {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPixelSize(11);
        return f;
    }();
    return font;
}

EntityItem::EntityItem(GraphScene &scene, EntityId id, KindShape::Glyph glyph, const QString &label)
    : m_scene(&scene), m_id(id), m_glyph(glyph), m_fill(KindShape::fill(glyph))
{
    const QFontMetricsF metrics(labelFont());
    // Shaped once for most names: only one wider than the limit is shaped again to be cut.
    double width = metrics.horizontalAdvance(label);
    m_label = label;
    if (width > MaxLabelWidth) {
        m_label = metrics.elidedText(label, Qt::ElideRight, MaxLabelWidth);
        width = metrics.horizontalAdvance(m_label);
    }
    m_labelSize = QSizeF(width + 2 * LabelPaddingX, metrics.height() + 2 * LabelPaddingY);
    m_labelBaseline = QPointF(LabelPaddingX, LabelPaddingY + metrics.ascent());
    setFlags(ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(10.0);
    setRadius(m_radius);
}

void EntityItem::setRadius(double radius)
{
    m_radius = radius;
    m_path = QTransform::fromScale(radius * KindShape::visualScale(m_glyph), radius * KindShape::visualScale(m_glyph))
                 .map(KindShape::path(m_glyph));
    updateBounds();
}

void EntityItem::setLabelPlacement(LabelAnchor anchor, double fontFactor, QPointF leader)
{
    if (anchor != LabelAnchor::Leader)
        leader = {};
    if (anchor == m_anchor && fontFactor == m_fontFactor && leader == m_leader)
        return;
    m_anchor = anchor;
    m_fontFactor = fontFactor;
    m_leader = leader;
    // Over its neighbours: the line crosses them to reach the label.
    setZValue(anchor == LabelAnchor::Leader ? 11.0 : 10.0);
    updateBounds();
}

void EntityItem::setEmphasis(Emphasis emphasis)
{
    if (emphasis == m_emphasis)
        return;
    m_emphasis = emphasis;
    update();
}

void EntityItem::setMarked(bool marked)
{
    if (marked == m_marked)
        return;
    m_marked = marked;
    updateBounds();
}

void EntityItem::setStruck(bool struck)
{
    if (struck == m_struck)
        return;
    m_struck = struck;
    update();
}

void EntityItem::setFillOverride(const QColor &fill)
{
    if (fill == m_fillOverride)
        return;
    m_fillOverride = fill;
    update();
}

QRectF EntityItem::labelRect() const
{
    LabelPlacer::Candidate c;
    c.centre = QPointF(0, 0);
    c.radius = m_radius;
    c.labelSize = m_labelSize * m_fontFactor;
    return LabelPlacer::labelRect(c, m_anchor, m_leader);
}

LabelAnchor EntityItem::labelAnchor() const
{
    m_scene->placeLabels();
    return m_anchor;
}

QRectF EntityItem::labelSceneRect() const
{
    m_scene->placeLabels();
    return m_anchor == LabelAnchor::Hidden ? QRectF() : labelRect().translated(pos());
}

void EntityItem::updateBounds()
{
    prepareGeometryChange();
    const double halo = m_marked ? 7.0 : 2.0;
    m_bounds = m_path.boundingRect().adjusted(-halo, -halo, halo, halo);
    if (m_anchor != LabelAnchor::Hidden)
        m_bounds |= labelRect();
    update();
}

void EntityItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    // The canvas does not save the painter's state around each item (10k saves a frame):
    // what is changed here is put back before returning.
    const double opacity = painter->opacity();
    if (m_emphasis == Emphasis::Dimmed)
        painter->setOpacity(opacity * 0.25);
    else if (m_emphasis == Emphasis::Faded)
        painter->setOpacity(opacity * 0.3);
    if (m_radius * lod < DotPixels && !m_marked && !m_struck && m_anchor == LabelAnchor::Hidden) {
        // A few pixels across, a glyph cannot be told from a square: one unantialiased fill,
        // the cheapest thing the raster engine draws, instead of an outlined path.
        painter->setRenderHint(QPainter::Antialiasing, false);
        const double r = std::max(m_radius, 0.75 / std::max(lod, 1e-6)); // at least ~1.5 px
        painter->fillRect(QRectF(-r, -r, 2 * r, 2 * r), m_fillOverride.isValid() ? m_fillOverride : m_fill);
        painter->setOpacity(opacity);
        return;
    }
    painter->setRenderHint(QPainter::Antialiasing, true);

    if (m_marked) {
        painter->setPen(QPen(MarkColour, 5.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }
    const QColor &fill = m_fillOverride.isValid() ? m_fillOverride : m_fill;
    if (m_marked || m_struck || !drawSprite(painter, lod, fill)) {
        // A few pixels across, a node's outline would only blur it; larger, it shows the shape.
        painter->setPen(m_radius * lod < OutlinePixels ? QPen(Qt::NoPen)
                                                       : QPen(KindShape::outline(), std::max(1.3, 1.0 / lod)));
        painter->setBrush(fill);
        painter->drawPath(m_path);
    }
    if (m_struck) {
        // Removed by a what-if: crossed out but still there, so the analyst sees what is gone.
        const QRectF box = m_path.boundingRect();
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), std::max(2.0, m_radius * 0.22), Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(box.topLeft(), box.bottomRight());
        painter->drawLine(box.topRight(), box.bottomLeft());
    }

    if (m_anchor == LabelAnchor::Hidden) {
        painter->setOpacity(opacity);
        return;
    }
    const QRectF rect = labelRect();
    if (m_anchor == LabelAnchor::Leader) {
        // A thin line from the node to its label, which sits away from the crowd around it,
        // with a halo so it reads apart from the ties it crosses.
        const auto [from, to] = LabelPlacer::leaderLine(QPointF(0, 0), m_radius, rect);
        const double pixel = 1.0 / std::max(lod, 1e-6);
        painter->setPen(QPen(HaloText::haloColour(), 3.2 * pixel, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(from, to);
        painter->setPen(QPen(LeaderColour, 1.2 * pixel, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(from, to);
    }
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(m_fontFactor, m_fontFactor);
    // A halo instead of a box: the text reads over the ties it lies on, and hides less of them.
    painter->setFont(labelFont());
    if (painter->paintEngine() && painter->paintEngine()->type() == QPaintEngine::Raster) {
        // On screen and in PNGs the halo is the text drawn in white around itself: glyphs come
        // from the cache, where stroking (or filling) outlined text costs more than the rest of
        // a frame of 10k entities. The text is shaped once (drawLabelText), not per drawing.
        painter->setPen(HaloText::haloColour());
        for (const QPointF &d : {QPointF(-1.2, 0), QPointF(1.2, 0), QPointF(0, -1.2), QPointF(0, 1.2),
                                 QPointF(-0.85, -0.85), QPointF(0.85, -0.85), QPointF(-0.85, 0.85), QPointF(0.85, 0.85)})
            drawLabelText(painter, m_labelBaseline + d);
        painter->setPen(LabelColour);
        drawLabelText(painter, m_labelBaseline);
    } else {
        // In vector exports one outline, made once, under the text.
        if (m_labelPath.isEmpty()) {
            QPainterPath text;
            text.addText(m_labelBaseline, labelFont(), m_label);
            m_labelPath = HaloText::halo(text, LabelHalo);
        }
        painter->fillPath(m_labelPath, HaloText::haloColour());
        painter->setPen(LabelColour);
        painter->drawText(m_labelBaseline, m_label);
    }
    painter->restore();
    painter->setOpacity(opacity);
}

void EntityItem::drawLabelText(QPainter *painter, QPointF baseline) const
{
    if (m_labelGlyphs.isEmpty()) {
        QTextLayout layout(m_label, labelFont());
        layout.beginLayout();
        QTextLine line = layout.createLine();
        layout.endLayout();
        m_labelGlyphs = layout.glyphRuns();
        m_labelAscent = line.ascent();
    }
    // The runs' glyphs stand on the layout's first baseline, one ascent below its top.
    for (const QGlyphRun &run : m_labelGlyphs)
        painter->drawGlyphRun(baseline - QPointF(0.0, m_labelAscent), run);
}

bool EntityItem::drawSprite(QPainter *painter, double lod, const QColor &fill) const
{
    if (!m_scene->isCrowded() || !painter->paintEngine() || painter->paintEngine()->type() != QPaintEngine::Raster)
        return false;
    const QTransform world = painter->worldTransform();
    const double ratio = painter->device()->devicePixelRatio();
    if (world.type() > QTransform::TxScale || world.m11() <= 0.0 || world.m22() <= 0.0 || ratio > GlyphSprites::MaxRatio)
        return false;
    // The same look as the path below, measured in device pixels.
    GlyphSprites::Look look;
    look.glyph = m_glyph;
    look.fill = fill.rgba();
    look.radiusPixels = m_radius * KindShape::visualScale(m_glyph) * lod * ratio;
    look.outlinePixels = m_radius * lod < OutlinePixels ? 0.0 : std::max(1.3, 1.0 / lod) * lod * ratio;
    look.ratio = ratio;
    if (look.radiusPixels > GlyphSprites::MaxRadiusPixels)
        return false;
    const GlyphSprites::Sprite &sprite = m_scene->glyphSprites().sprite(look);
    const QPointF centre = world.map(QPointF(0, 0)) * ratio;
    const QPoint topLeft(static_cast<int>(std::lround(centre.x())) - sprite.centre.x(),
                         static_cast<int>(std::lround(centre.y())) - sprite.centre.y());
    painter->setWorldTransform(QTransform());
    painter->drawImage(QPointF(topLeft) / ratio, sprite.image);
    painter->setWorldTransform(world);
    return true;
}

QVariant EntityItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_scene->entityItemMoved(m_id, value.toPointF());
    return QGraphicsItem::itemChange(change, value);
}

void EntityItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_scene->entityItemHovered(m_id, true);
    QGraphicsItem::hoverEnterEvent(event);
}

void EntityItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_scene->entityItemHovered(m_id, false);
    QGraphicsItem::hoverLeaveEvent(event);
}

void EntityItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_scene->entityItemPressed(m_id, event->modifiers());
    QGraphicsItem::mousePressEvent(event);
}

void EntityItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton)
        m_scene->entityItemReleased(m_id);
}

} // namespace tiescope
