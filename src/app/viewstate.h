// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <unordered_map>
#include <vector>

#include <QColor>
#include <QObject>

#include "app/selection.h"
#include "layout/point.h"
#include "model/strongid.h"

namespace tiescope {

class GraphDocument;
class TieGraph;
struct EditDelta;

// What the window shows of the open document besides the filter: where each entity stands,
// which are pinned, the selection, the hovered entity, the analysis highlight, the what-if
// strikes and per-entity fills. It lives once, next to GraphDocument and following it
// (cleared when the data is about to go, sized when new data opened). The canvas, every
// dock and every later view observe it and change it through it, as views share a
// QItemSelectionModel; the scene only draws what SceneBinder pushes into it.
class ViewState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewState)

public:
    explicit ViewState(GraphDocument &document, QObject *parent = nullptr);

    // The graph the state is about (nullptr: nothing open, every table empty).
    [[nodiscard]] const TieGraph *graph() const { return m_graph; }
    [[nodiscard]] std::size_t entityCount() const { return m_positions.size(); }

    // One position per entity in id order (the layouts' LayoutRequest::initial).
    [[nodiscard]] const std::vector<Point> &positions() const { return m_positions; }
    [[nodiscard]] Point position(EntityId entity) const { return m_positions.at(entity.index()); }
    void setPositions(std::vector<Point> positions); // ignored unless one per entity
    void setPosition(EntityId entity, Point position);

    // One byte per entity in id order (LayoutRequest::pinned): a pinned entity keeps its place.
    [[nodiscard]] const std::vector<std::uint8_t> &pins() const { return m_pins; }
    [[nodiscard]] bool isPinned(EntityId entity) const;
    [[nodiscard]] std::vector<EntityId> pinnedEntities() const;
    void setPins(std::vector<std::uint8_t> pins);
    void setPinned(EntityId entity, bool pinned);

    [[nodiscard]] const Selection &selection() const { return m_selection; }
    void setSelection(Selection selection);
    void select(EntityId entity) { setSelection(Selection::of(entity)); }
    void select(TieId tie) { setSelection(Selection::of(tie)); }
    void clearSelection() { setSelection({}); }

    [[nodiscard]] std::optional<EntityId> hovered() const { return m_hovered; }
    void setHovered(std::optional<EntityId> entity);

    // An analysis result in focus: these drawn fully, the rest faint.
    [[nodiscard]] const std::set<EntityId> &highlightedEntities() const { return m_highlightEntities; }
    [[nodiscard]] const std::set<TieId> &highlightedTies() const { return m_highlightTies; }
    [[nodiscard]] bool hasHighlight() const { return !m_highlightEntities.empty() || !m_highlightTies.empty(); }
    [[nodiscard]] bool isHighlighted(EntityId entity) const { return m_highlightEntities.count(entity) != 0; }
    [[nodiscard]] bool isHighlighted(TieId tie) const { return m_highlightTies.count(tie) != 0; }
    void setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);
    void clearHighlight() { setHighlight({}, {}); }

    // What a what-if removes: still drawn, struck out.
    [[nodiscard]] const std::set<EntityId> &struckEntities() const { return m_struckEntities; }
    [[nodiscard]] const std::set<TieId> &struckTies() const { return m_struckTies; }
    [[nodiscard]] bool isStruck(EntityId entity) const { return m_struckEntities.count(entity) != 0; }
    [[nodiscard]] bool isStruck(TieId tie) const { return m_struckTies.count(tie) != 0; }
    void setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties);

    // A fill instead of the kind's colour (community colouring); none: kind colours.
    [[nodiscard]] const std::unordered_map<EntityId, QColor> &fills() const { return m_fills; }
    [[nodiscard]] QColor fill(EntityId entity) const;
    void setFills(std::unordered_map<EntityId, QColor> fills);

    // Where an entity an edit adds without tied neighbours goes (the canvas: its visible
    // centre); by default the middle of the others.
    void setPlacementCentre(std::function<Point()> centre) { m_placementCentre = std::move(centre); }

signals:
    void reset();            // everything changed: new data opened, or the data went away
    void positionsChanged(); // all of them (a layout, an undo of one)
    void positionChanged(tiescope::EntityId entity);
    void pinsChanged();
    void selectionChanged();
    void hoverChanged();
    void highlightChanged();
    void struckChanged();
    void fillsChanged();
    // The document was edited and this state follows it: what it holds moved to the ids after
    // the edit (positions and pins kept, new entities placed, what went dropped). Emitted
    // before the selection and marks that changed report their own signals.
    void edited(const tiescope::EditDelta &delta);

private:
    void clear();
    void open();
    void dropHidden();
    void followEdit(const EditDelta &delta);
    void carryPositions(const EditDelta &delta);
    [[nodiscard]] Point placementCentre() const;
    // Sets the pair to the ids the open data has; false when that changes nothing.
    bool replace(std::set<EntityId> &entitiesOut, std::set<TieId> &tiesOut, const std::vector<EntityId> &entities,
                 const std::vector<TieId> &ties) const;

    GraphDocument &m_document;
    const TieGraph *m_graph = nullptr;
    std::vector<Point> m_positions;
    std::vector<std::uint8_t> m_pins;
    Selection m_selection;
    std::optional<EntityId> m_hovered;
    std::set<EntityId> m_highlightEntities;
    std::set<TieId> m_highlightTies;
    std::set<EntityId> m_struckEntities;
    std::set<TieId> m_struckTies;
    std::unordered_map<EntityId, QColor> m_fills;
    std::function<Point()> m_placementCentre;
};

} // namespace tiescope
