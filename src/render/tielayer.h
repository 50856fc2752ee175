// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include <QGraphicsItem>

#include "model/strongid.h"
#include "render/strokelayer.h"
#include "render/tiegeometry.h"
#include "render/tieoverlay.h"
#include "render/tierasterpainter.h"
#include "render/tiestyletable.h"
#include "render/tievectorpainter.h"

namespace tiescope {

class Dataset;
class TieGraph;

// Every tie in one graphics item. A per-tie item would cost a QGraphicsItem (and its BSP
// entry) for each of 100k ties; instead ties are painted in batches that share a pen, and
// filtering only flips a mask. Where ties are (TieGeometry), how they look (TieStyleTable),
// what is drawn over them (TieOverlay) and the two ways of drawing them (TieVectorPainter,
// TieRasterPainter) are separate; this item owns them and picks the painter per frame.
class TieLayer final : public QGraphicsItem
{
public:
    explicit TieLayer(const TieGraph &graph);
    // With the graph's geometry built already (elsewhere, on another thread: GraphScene::setGraph).
    TieLayer(const TieGraph &graph, TieGeometry geometry);

    // Which ties are shown (one byte per tie); recomputes the fan-out of the pairs it changes.
    // Their curves follow with updateStale (or updateGeometry).
    void setMask(const std::vector<std::uint8_t> &tieMask);
    // The graph was edited without moving ids: ties from `keep` on were popped, the graph's ties
    // beyond `keep` are new, `changed` ties have new facts (ends, style). The marks drawn over
    // the ties are cleared (the scene sets them again); call setMask, then updateStale.
    void followEdit(const Dataset &data, std::size_t keep, const std::vector<TieId> &changed);
    // Entities moved and no tie did (TieGeometry::renumberEntities); followEdit comes next.
    void renumberEntities(const std::vector<EntityId> &moves);
    [[nodiscard]] std::size_t size() const { return m_geometry.size(); }
    // Node centres and radii per entity, for all ties or only those touching one entity.
    void updateGeometry(const std::vector<QPointF> &centres, const std::vector<double> &radii);
    void updateGeometryOf(EntityId entity, const std::vector<QPointF> &centres, const std::vector<double> &radii);
    // Only the curves an edit or a mask made stale, and the ties of `resized` entities.
    void updateStale(const std::vector<EntityId> &resized, const std::vector<QPointF> &centres,
                     const std::vector<double> &radii);

    // Entities in focus (a hovered neighbourhood): ties not touching two of them are dimmed.
    // Empty: nothing dimmed.
    void setFocus(std::vector<std::uint8_t> entityFocus);
    // The selected ties, drawn with a halo on top.
    void setSelectedTies(std::vector<TieId> ties);
    // Ties in focus (an analysis result), one byte per tie: the others are dimmed. When set it
    // decides instead of the entity focus. Empty: off.
    void setTieFocus(std::vector<std::uint8_t> tieFocus);
    // Ties removed by a what-if, one byte per tie: drawn as a thin red dashed stroke. Empty: none.
    void setStruck(std::vector<std::uint8_t> struck);

    [[nodiscard]] std::optional<TieId> tieAt(const QPointF &scenePos, double tolerance) const;
    [[nodiscard]] QRectF tieBounds(TieId tie) const;
    [[nodiscard]] QPointF midpoint(TieId tie) const; // the middle of the drawn curve
    [[nodiscard]] bool isShown(TieId tie) const { return m_geometry.isShown(tie.value()); }

    // While on, a frame draws the last frame's ties scaled to the new view rather than every
    // tie (a zoom in progress: the sharp frame follows when it is turned off).
    void setPreview(bool preview);
    [[nodiscard]] bool isPreview() const { return m_preview; }
    // Frames drawn from the last one's pixels as a preview (for tests).
    [[nodiscard]] std::uint64_t previewFrames() const { return m_previewFrames; }
    // Frames that kept the last one's tie pixels, the view having only moved (for tests).
    [[nodiscard]] std::uint64_t framesReused() const { return m_rasterPainter.framesReused(); }
    // Where the next cold frame splits its rows between the two cores (for tests).
    [[nodiscard]] double bandSplit() const { return m_rasterPainter.splitFraction(); }

    [[nodiscard]] QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    TieStyleTable m_styles;
    TieGeometry m_geometry;
    TieOverlay m_overlay;
    TieVectorPainter m_vectorPainter;
    TieRasterPainter m_rasterPainter;
    StrokeLayer m_strokeLayer;
    QRectF m_bounds; // the geometry's, changed only after prepareGeometryChange()
    // Counts every change to what the ties look like: the raster painter keeps its last frame
    // for a view that only moves while this stays.
    std::uint64_t m_revision = 0;
    bool m_preview = false;
    std::uint64_t m_previewFrames = 0;
};

} // namespace tiescope
