// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QColor>
#include <QGraphicsItem>
#include <QLineF>
#include <QList>
#include <QPainterPath>

#include "model/strongid.h"
#include "render/strokelayer.h"
#include "render/tiegeometry.h"
#include "render/tieraster.h"

namespace tiescope {

class TieGraph;

// Every tie in one graphics item. A per-tie item would cost a QGraphicsItem (and its BSP
// entry) for each of 100k ties; instead ties are painted in batches that share a pen, and
// filtering only flips a mask. Parallel ties between one pair fan out as quadratic curves.
// Far out (low level of detail) ties become straight lines without arrows.
class TieLayer final : public QGraphicsItem
{
public:
    explicit TieLayer(const TieGraph &graph);

    // Which ties are shown (one byte per tie); recomputes the fan-out of parallel ties.
    void setMask(const std::vector<std::uint8_t> &tieMask);
    // Node centres and radii per entity, for all ties or only those touching one entity.
    void updateGeometry(const std::vector<QPointF> &centres, const std::vector<double> &radii);
    void updateGeometryOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii);

    // Entities in focus (a hovered neighbourhood): ties not touching two of them are dimmed.
    // Empty: nothing dimmed.
    void setFocus(std::vector<std::uint8_t> entityFocus);
    void setSelectedTie(std::optional<TieId> tie);
    // Ties in focus (an analysis result), one byte per tie: the others are dimmed. When set it
    // decides instead of the entity focus. Empty: off.
    void setTieFocus(std::vector<std::uint8_t> tieFocus);
    // Ties removed by a what-if, one byte per tie: drawn as a thin red dashed stroke. Empty: none.
    void setStruck(std::vector<std::uint8_t> struck);

    [[nodiscard]] std::optional<TieId> tieAt(const QPointF &scenePos, double tolerance) const;
    [[nodiscard]] QRectF tieBounds(TieId tie) const;
    [[nodiscard]] QPointF midpoint(TieId tie) const; // the middle of the drawn curve
    [[nodiscard]] bool isShown(TieId tie) const { return m_geometry.isShown(tie.value()); }

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    using Geometry = TieGeometry::Curve;
    struct Style
    {
        QColor colour;
        double width;
        QList<qreal> dashes;
    };
    enum class Pass : std::uint8_t { Dimmed, Normal };

    void paintStyle(QPainter *painter, std::size_t style, const QRectF &exposed, double lod, Pass pass);
    [[nodiscard]] bool inFocus(std::size_t tie) const;
    [[nodiscard]] bool shownIn(std::uint32_t tie, const QRectF &exposed) const;
    [[nodiscard]] bool drawnIn(std::uint32_t tie, const QRectF &exposed, Pass pass) const;
    [[nodiscard]] bool isDense(const QRectF &exposed) const;
    static void addArrow(QPainterPath &arrows, const Geometry &g, double width);
    void rasterTie(std::uint32_t tie, const QTransform &toPixels, const TieRaster::Ink &ink, double lod);
    [[nodiscard]] bool coveredBySibling(std::uint32_t tie, const QRectF &exposed, Pass pass) const;
    // Far out on a raster device: every tie through m_raster, one image composited. False
    // when the device is not one (an SVG): then paintStyle draws.
    // `close`: not far out, so curves, dashes and arrowheads are drawn as well.
    bool paintRaster(QPainter *painter, const QRectF &exposed, double lod, bool close);
    // What-if strikes (under the shown ties) and the selected tie (on top).
    void paintStruck(QPainter *painter, const QRectF &exposed, double lod) const;
    void paintSelected(QPainter *painter, double lod) const;

    const TieGraph *m_graph;
    std::vector<Style> m_styles;
    std::vector<std::vector<std::uint32_t>> m_tiesByStyle;
    std::vector<std::uint8_t> m_directed;
    std::vector<std::uint32_t> m_styleOf;
    TieGeometry m_geometry;
    bool m_allExposed = false; // set per paint: every tie's bounds are in the exposed rectangle
    std::vector<std::uint8_t> m_focus;
    std::vector<std::uint8_t> m_tieFocus;
    std::vector<std::uint8_t> m_struck;
    std::optional<TieId> m_selected;
    QRectF m_bounds;
    // Reused between paints so that drawing allocates only when it grows.
    QList<QLineF> m_lines;
    TieRaster m_raster;
    StrokeLayer m_strokeLayer;
    std::vector<TieRaster::Ink> m_inks;
    std::vector<double> m_dashPixels;
    std::vector<QPainterPath> m_arrows; // per style
};

} // namespace tiescope
