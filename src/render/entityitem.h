// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

#include "model/strongid.h"
#include "render/kindshape.h"
#include "render/labelplacer.h"

namespace tiescope {

class GraphScene;

// One entity on the canvas: its kind's glyph sized by degree, and a label placed by the
// scene's LabelPlacer. It only draws and reports hover, press and drags to its scene;
// it never computes positions.
class EntityItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    enum class Emphasis : std::uint8_t { Normal, Dimmed, Faded };

    EntityItem(GraphScene &scene, EntityId id, KindShape::Glyph glyph, const QString &label);

    [[nodiscard]] int type() const override { return Type; }
    [[nodiscard]] EntityId entity() const { return m_id; }
    void setEntity(EntityId id) { m_id = id; } // its entity's id moved (a renumbering edit)
    [[nodiscard]] const QString &label() const { return m_label; }
    [[nodiscard]] KindShape::Glyph glyph() const { return m_glyph; }
    [[nodiscard]] double radius() const { return m_radius; }
    [[nodiscard]] LabelAnchor labelAnchor() const; // labels waiting to be placed are placed first
    [[nodiscard]] QSizeF labelSize() const { return m_labelSize; } // at scale factor 1
    // Where the label is drawn, in scene units; empty when it is hidden.
    [[nodiscard]] QRectF labelSceneRect() const;

    void setRadius(double radius);
    // `leader`: the label's top left relative to the node, for LabelAnchor::Leader.
    void setLabelPlacement(LabelAnchor anchor, double fontFactor, QPointF leader = {});
    void setEmphasis(Emphasis emphasis);
    [[nodiscard]] Emphasis emphasis() const { return m_emphasis; }
    void setMarked(bool marked); // selected: drawn with a halo
    void setStruck(bool struck); // removed by a what-if: crossed out
    // A fill instead of the kind's (community colouring); an invalid colour restores it.
    void setFillOverride(const QColor &fill);

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    [[nodiscard]] QPainterPath shape() const override { return m_path; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    [[nodiscard]] static const QFont &labelFont();

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void updateBounds();
    // The glyph copied from the scene's sprites when it is crowded; false: draw the path.
    bool drawSprite(QPainter *painter, double lod, const QColor &fill) const;
    void drawLabelText(QPainter *painter, QPointF baseline) const;
    [[nodiscard]] QRectF labelRect() const;

    GraphScene *m_scene;
    EntityId m_id;
    KindShape::Glyph m_glyph;
    QString m_label;
    QSizeF m_labelSize;
    QPainterPath m_labelPath; // the label's halo at scale factor 1 for vector exports, made when first drawn
    // The label shaped once, when first drawn: drawn nine times a frame with its halo, the
    // text was shaped afresh by each drawText.
    mutable QList<QGlyphRun> m_labelGlyphs;
    mutable double m_labelAscent = 0.0;
    QPointF m_labelBaseline;
    QPainterPath m_path;
    QRectF m_bounds;
    QColor m_fill;
    double m_radius = 10.0;
    double m_fontFactor = 1.0;
    LabelAnchor m_anchor = LabelAnchor::Hidden;
    QPointF m_leader; // where a leader's label sits
    Emphasis m_emphasis = Emphasis::Normal;
    bool m_marked = false;
    bool m_struck = false;
    QColor m_fillOverride;
};

} // namespace tiescope
