// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>
#include <vector>

#include <QColor>
#include <QEvent>
#include <QGraphicsScene>

#include "graph/graphview.h"
#include "layout/point.h"
#include "model/strongid.h"
#include "render/glyphsprites.h"
#include "render/scenemarks.h"

namespace tiescope {

class EntityItem;
class TieGraph;
class TieGeometry;
class TieLayer;
struct EditDelta;

// The drawing of one graph: an item per entity, one batched layer for all ties. The window
// and headless export (tiescope-cli render) draw this same scene, so an export always
// matches the screen. A filter change only flips visibility and sizes; positions stay until
// new ones are set (a layout, a drag, a snapshot). It only draws: what is selected, hovered,
// highlighted or struck is pushed in through plain setters (the window's SceneBinder does
// that from its ViewState), and a click, hover or drag is only reported as a signal.
class GraphScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphScene)

public:
    explicit GraphScene(QObject *parent = nullptr);
    ~GraphScene() override;

    // Rebuilds the items for a graph (nullptr: empty scene), all visible, on a grid.
    void setGraph(const TieGraph *graph);
    // The graph was edited in place: items for added entities (at the view's placeholder until
    // positions are set), removed ones gone, changed ones redrawn, every other item kept (moved
    // to its entity's new id when `delta.renumbered`). The tie layer follows tie by tie, or is
    // built again when ids were renumbered or a source changed. Call setView with the
    // document's view next (and setPositions when renumbered).
    void followEdit(const EditDelta &delta);
    [[nodiscard]] const TieGraph *graph() const { return m_graph; }
    // Shows what a filter left visible; positions are kept.
    void setView(const GraphView &view);
    [[nodiscard]] const GraphView *view() const { return m_view ? &*m_view : nullptr; }

    // How often a tie layer was built (a new graph, a renumbering edit): an edit that keeps
    // ids follows in the same layer. For tests.
    [[nodiscard]] std::uint64_t tieLayerBuilds() const { return m_tieLayerBuilds; }

    // Entities left without a visible tie are drawn faded (true) or normally (false).
    void setFadeIsolated(bool fade);
    [[nodiscard]] bool fadeIsolated() const { return m_fadeIsolated; }

    [[nodiscard]] std::vector<Point> positions() const;
    void setPositions(const std::vector<Point> &positions);
    [[nodiscard]] QPointF position(EntityId entity) const { return m_centres.at(entity.index()); }
    void setPosition(EntityId entity, const QPointF &position);

    // The selection mark: a halo around these entities and along these ties.
    void setMarked(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    // The hovered entity: it and its neighbours in focus, the rest dimmed.
    void setHovered(std::optional<EntityId> entity);
    [[nodiscard]] std::optional<EntityId> hoveredEntity() const { return m_marks.hovered; }
    // The hovered tie (a hovered entity takes precedence): drawn in full, every other tie dimmed.
    void setHoveredTie(std::optional<TieId> tie);
    [[nodiscard]] std::optional<TieId> hoveredTie() const { return m_hoveredTie; }
    // The pointer left the view: whatever tie it was over is no longer hovered.
    void pointerLeft();

    [[nodiscard]] bool isShown(EntityId entity) const;
    [[nodiscard]] bool isShown(TieId tie) const;
    [[nodiscard]] double radius(EntityId entity) const { return m_radii.at(entity.index()); }
    [[nodiscard]] std::uint32_t shownDegree(EntityId entity) const { return m_degrees.at(entity.index()); }
    [[nodiscard]] EntityItem *entityItem(EntityId entity) const { return m_items.at(entity.index()); }
    // Places the labels now if a change since they were placed moved them (each query of
    // labels or bounds below does so first; a frame too).
    void placeLabels() const;
    [[nodiscard]] std::uint64_t labelPlacements() const { return m_labelPlacements; } // so far
    [[nodiscard]] QRectF shownBounds() const;     // everything drawn, labels included
    [[nodiscard]] QRectF shownCentres() const;    // the shown entities' centres (SceneBounds)
    [[nodiscard]] QRectF selectionBounds() const; // the marked items and their neighbours
    [[nodiscard]] std::vector<bool> kindsShown() const; // per kind: an entity of it is shown
    [[nodiscard]] std::optional<TieId> tieAt(const QPointF &scenePos) const;
    [[nodiscard]] QPointF tieMidpoint(TieId tie) const; // where the drawn tie can be clicked

    // An analysis result in focus: these entities and ties drawn fully, everything else faint.
    // A hovered entity still takes the focus while the pointer is on it.
    void setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    void clearHighlight();
    [[nodiscard]] QRectF highlightBounds() const; // the highlighted entities, labels included
    // What a what-if removes: still drawn, crossed out (entities) or red dashed (ties).
    void setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    // A fill per entity instead of its kind's (community colouring); empty: kind colours.
    void setEntityFills(const std::vector<QColor> &fills);

    // The view's scale (device pixels per scene unit): hit tolerances and label placement
    // follow it, so labels stay readable and apart at every zoom.
    // Unconstrained: labels may reach past the picture (an export fits to them).
    void setViewScale(double scale);
    [[nodiscard]] double viewScale() const { return m_viewScale; }
    // The window's view: its scale, the part of the scene on screen, which labels stay inside,
    // and what they keep clear of (the legend); empty rects: no limit.
    void setViewport(double scale, const QRectF &labelArea, const QRectF &labelAvoid);
    [[nodiscard]] QRectF labelArea() const { return m_labelArea; }
    [[nodiscard]] QRectF labelAvoid() const { return m_labelAvoid; }
    // How much the least connected entity's glyph is enlarged at this scale, so it stays a shape
    // of its kind on screen (1: drawn at its own size; large graphs, too crowded for it); every
    // other glyph grows by as many scene units.
    [[nodiscard]] double sizeFactor() const { return m_sizeFactor; }

    // So many entities shown that glyphs are copied from sprites rather than drawn as paths
    // (their centres then land on whole device pixels; the bundled data is far below this).
    static constexpr std::size_t CrowdedEntities = 1000;
    // From this many shown entities a hover no longer places the labels again to name the
    // hovered entity first (a placement there costs 40 ms or more; the tooltip names it).
    static constexpr std::size_t HoverRelabelLimit = 20000;
    [[nodiscard]] bool isCrowded() const { return m_view && m_view->visibleEntityCount() >= m_crowded; }
    void setCrowdedEntities(std::size_t count) { m_crowded = count; } // to compare both ways (tests)
    [[nodiscard]] GlyphSprites &glyphSprites() const { return m_sprites; }
    // A zoom in progress: the ties are drawn from the last frame, scaled, until this is off.
    void setZoomPreview(bool preview);
    [[nodiscard]] bool zoomPreview() const;
    // Called by EntityItem only.
    void entityItemMoved(EntityId entity, const QPointF &position);
    void entityItemHovered(EntityId entity, bool entered);
    void entityItemPressed(EntityId entity, Qt::KeyboardModifiers modifiers);
    void entityItemReleased(EntityId entity);

signals:
    // Input, reported and never acted on here: the receiver decides what it selects.
    void entityPressed(tiescope::EntityId entity, Qt::KeyboardModifiers modifiers);
    void tieClicked(tiescope::TieId tie, Qt::KeyboardModifiers modifiers);
    void backgroundClicked(Qt::KeyboardModifiers modifiers);
    void entityHoverChanged(tiescope::EntityId entity, bool entered);
    void tieHoverChanged(std::optional<tiescope::TieId> tie); // the tie under the pointer, if any
    // A drag ended: the item was moved from `from` to `to` (the drawn position already is `to`).
    void entityDragged(tiescope::EntityId entity, QPointF from, QPointF to);
    void viewApplied(); // a new view (filter) is drawn

protected:
    bool event(QEvent *event) override; // the posted placement of labels (updateLabels)
    void drawBackground(QPainter *painter, const QRectF &rect) override; // places labels first
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void clearItems();
    void newTieLayer();
    void newTieLayer(TieGeometry geometry); // the geometry of m_graph, built already
    static double radiusForDegree(std::uint32_t degree);
    friend class SceneItems;  // makes the items and follows edits (sceneitems.cpp)
    friend class SceneLabels; // places the labels (scenelabels.cpp)
    friend class SceneBounds; // measures what is shown (scenebounds.cpp)
    void updateEmphasis();
    void updateLabels(); // the labels are to be placed again (soon: see placeLabels)
    static QEvent::Type labelsEvent();
    void updateSceneRect();

    const TieGraph *m_graph = nullptr;
    std::optional<GraphView> m_view;
    std::vector<EntityItem *> m_items;
    TieLayer *m_ties = nullptr;
    std::vector<QPointF> m_centres;
    std::vector<double> m_radii;
    std::vector<std::uint32_t> m_degrees;
    SceneMarks m_marks;
    std::optional<EntityId> m_pressed;
    std::optional<TieId> m_hoveredTie;
    std::optional<TieId> m_pointerTie; // last reported under the pointer
    QPointF m_pressedAt;
    double m_viewScale = 1.0;
    double m_sizeFactor = 1.0;
    QRectF m_labelArea;
    QRectF m_labelAvoid;
    bool m_fadeIsolated = true;
    bool m_bulk = false; // positions set in bulk: skip per-item tie updates
    bool m_fullView = true;     // the next view sizes every item and curve
    bool m_viewPending = false; // edited, the document's view not yet shown: labels wait for it
    // Labels wait to be placed until something looks at them (a frame, a bounds query, a label's
    // anchor) or the event loop comes round, so that opening a store, which changes the view,
    // the positions and the zoom in one go, places them once or twice, not ten times.
    mutable bool m_labelsDirty = false;
    bool m_labelsQueued = false;
    mutable std::uint64_t m_labelPlacements = 0;
    std::vector<EntityId> m_dirtyItems; // made since the last view
    std::uint64_t m_tieLayerBuilds = 0;
    mutable GlyphSprites m_sprites; // drawing's cache: painting a const scene fills it
    std::size_t m_crowded = CrowdedEntities;
};

} // namespace tiescope
