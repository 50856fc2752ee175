// SPDX-License-Identifier: MIT
#include "app/viewstate.h"

#include <algorithm>

#include "app/graphdocument.h"
#include "edit/editdelta.h"
#include "graph/tiegraph.h"
#include "layout/entityplacement.h"
#include "layout/placeholdergrid.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

template <typename Id>
std::set<Id> inRange(const std::vector<Id> &ids, std::size_t count)
{
    std::set<Id> result;
    for (const Id id : ids) {
        if (id.index() < count)
            result.insert(id);
    }
    return result;
}

// Ids held before an edit, as they are after it (what went is dropped).
template <typename Id>
std::vector<Id> carried(const std::set<Id> &ids, const EditDelta &delta, std::size_t count)
{
    std::vector<Id> result;
    for (const Id id : ids) {
        const Id to = delta.moved(id);
        if (to.isValid() && to.index() < count)
            result.push_back(to);
    }
    return result;
}

Selection carried(const Selection &selection, const EditDelta &delta, std::size_t entities, std::size_t ties)
{
    Selection result;
    for (const EntityId entity : carried(selection.entities(), delta, entities))
        result.add(entity);
    for (const TieId tie : carried(selection.ties(), delta, ties))
        result.add(tie);
    // Added last, the current item stays current when it survived.
    if (const auto entity = selection.currentEntity()) {
        for (const EntityId to : carried(std::set<EntityId>{*entity}, delta, entities))
            result.add(to);
    } else if (const auto tie = selection.currentTie()) {
        for (const TieId to : carried(std::set<TieId>{*tie}, delta, ties))
            result.add(to);
    }
    return result;
}

} // namespace

ViewState::ViewState(GraphDocument &document, QObject *parent) : QObject(parent), m_document(document)
{
    setObjectName(QStringLiteral("viewState"));
    connect(&m_document, &GraphDocument::aboutToReplace, this, [this] {
        clear();
        emit reset();
    });
    connect(&m_document, &GraphDocument::opened, this, [this] {
        open();
        emit reset();
    });
    connect(&m_document, &GraphDocument::filterChanged, this, &ViewState::dropHidden);
    connect(&m_document, &GraphDocument::edited, this, &ViewState::followEdit);
    if (m_document.isOpen())
        open();
}

void ViewState::clear()
{
    m_graph = nullptr;
    m_positions.clear();
    m_pins.clear();
    m_selection.clear();
    m_hovered.reset();
    m_highlightEntities.clear();
    m_highlightTies.clear();
    m_struckEntities.clear();
    m_struckTies.clear();
    m_fills.clear();
}

void ViewState::open()
{
    clear();
    m_graph = &m_document.graph();
    const std::size_t n = m_graph->dataset().entities().size();
    m_positions = placeholderGrid(n);
    m_pins.assign(n, 0);
}

void ViewState::dropHidden()
{
    // What a filter hides cannot stay selected or hovered: no panel describes a hidden thing.
    if (!m_graph)
        return;
    const GraphView &view = m_document.view();
    Selection shown = m_selection;
    for (const EntityId entity : m_selection.entities()) {
        if (!view.isVisible(entity))
            shown.remove(entity);
    }
    for (const TieId tie : m_selection.ties()) {
        if (!view.isVisible(tie))
            shown.remove(tie);
    }
    setSelection(std::move(shown));
    if (m_hovered && !view.isVisible(*m_hovered))
        setHovered(std::nullopt);
}

void ViewState::followEdit(const EditDelta &delta)
{
    if (!m_graph)
        return;
    const std::size_t entities = m_graph->dataset().entities().size();
    const std::size_t ties = m_graph->dataset().ties().size();
    carryPositions(delta);
    // Set quietly, then each change reported after `edited`, when every table is in step.
    const Selection selection = carried(m_selection, delta, entities, ties);
    std::optional<EntityId> hovered = m_hovered ? std::optional(delta.moved(*m_hovered)) : std::nullopt;
    if (hovered && (!hovered->isValid() || hovered->index() >= entities))
        hovered.reset();
    const std::vector<EntityId> highlightEntities = carried(m_highlightEntities, delta, entities);
    const std::vector<TieId> highlightTies = carried(m_highlightTies, delta, ties);
    const std::vector<EntityId> struckEntities = carried(m_struckEntities, delta, entities);
    const std::vector<TieId> struckTies = carried(m_struckTies, delta, ties);
    std::unordered_map<EntityId, QColor> fills;
    for (const auto &[entity, colour] : m_fills) {
        const EntityId to = delta.moved(entity);
        if (to.isValid() && to.index() < entities)
            fills.emplace(to, colour);
    }
    const bool selectionMoved = selection != m_selection;
    m_selection = selection;
    const bool hoverMoved = hovered != m_hovered;
    m_hovered = hovered;
    const bool highlightMoved = replace(m_highlightEntities, m_highlightTies, highlightEntities, highlightTies);
    const bool struckMoved = replace(m_struckEntities, m_struckTies, struckEntities, struckTies);
    const bool fillsMoved = fills != m_fills;
    m_fills = std::move(fills);
    emit edited(delta);
    if (selectionMoved)
        emit selectionChanged();
    if (hoverMoved)
        emit hoverChanged();
    if (highlightMoved)
        emit highlightChanged();
    if (struckMoved)
        emit struckChanged();
    if (fillsMoved)
        emit fillsChanged();
}

void ViewState::carryPositions(const EditDelta &delta)
{
    const std::size_t n = m_graph->dataset().entities().size();
    std::vector<Point> positions(n);
    std::vector<std::uint8_t> pins(n, 0);
    std::vector<std::uint8_t> placed(n, 0);
    for (std::size_t i = 0; i < m_positions.size(); ++i) {
        const EntityId to = delta.moved(EntityId(i));
        if (!to.isValid() || to.index() >= n)
            continue;
        positions[to.index()] = m_positions[i];
        pins[to.index()] = m_pins[i];
        placed[to.index()] = 1;
    }
    placeNewEntities(*m_graph, positions, placed, placementCentre());
    m_positions = std::move(positions);
    m_pins = std::move(pins);
}

Point ViewState::placementCentre() const
{
    if (m_placementCentre)
        return m_placementCentre();
    if (m_positions.empty())
        return {};
    Point low = m_positions.front();
    Point high = low;
    for (const Point p : m_positions) {
        low = Point{std::min(low.x, p.x), std::min(low.y, p.y)};
        high = Point{std::max(high.x, p.x), std::max(high.y, p.y)};
    }
    return Point{(low.x + high.x) / 2, (low.y + high.y) / 2};
}

void ViewState::setPositions(std::vector<Point> positions)
{
    if (positions.size() != m_positions.size())
        return;
    m_positions = std::move(positions);
    emit positionsChanged();
}

void ViewState::setPosition(EntityId entity, Point position)
{
    Point &at = m_positions.at(entity.index());
    if (at == position)
        return;
    at = position;
    emit positionChanged(entity);
}

bool ViewState::isPinned(EntityId entity) const
{
    return entity.index() < m_pins.size() && m_pins[entity.index()] != 0;
}

std::vector<EntityId> ViewState::pinnedEntities() const
{
    std::vector<EntityId> pinned;
    for (std::size_t i = 0; i < m_pins.size(); ++i) {
        if (m_pins[i])
            pinned.emplace_back(i);
    }
    return pinned;
}

void ViewState::setPins(std::vector<std::uint8_t> pins)
{
    pins.resize(m_positions.size(), 0);
    if (pins == m_pins)
        return;
    m_pins = std::move(pins);
    emit pinsChanged();
}

void ViewState::setPinned(EntityId entity, bool pinned)
{
    std::uint8_t &pin = m_pins.at(entity.index());
    if ((pin != 0) == pinned)
        return;
    pin = pinned ? 1 : 0;
    emit pinsChanged();
}

void ViewState::setSelection(Selection selection)
{
    if (m_graph) {
        // Ids from outside (a panel's link, a snapshot) that the open data lacks are dropped.
        const Dataset &data = m_graph->dataset();
        const Selection given = selection;
        for (const EntityId entity : given.entities()) {
            if (entity.index() >= data.entities().size())
                selection.remove(entity);
        }
        for (const TieId tie : given.ties()) {
            if (tie.index() >= data.ties().size())
                selection.remove(tie);
        }
    } else {
        selection.clear();
    }
    if (selection == m_selection)
        return;
    m_selection = std::move(selection);
    emit selectionChanged();
}

void ViewState::setHovered(std::optional<EntityId> entity)
{
    if (entity && entity->index() >= m_positions.size())
        entity.reset();
    if (entity == m_hovered)
        return;
    m_hovered = entity;
    emit hoverChanged();
}

bool ViewState::replace(std::set<EntityId> &entitiesOut, std::set<TieId> &tiesOut, const std::vector<EntityId> &entities,
                        const std::vector<TieId> &ties) const
{
    const std::size_t tieCount = m_graph ? m_graph->dataset().ties().size() : 0;
    std::set<EntityId> e = inRange(entities, m_positions.size());
    std::set<TieId> t = inRange(ties, tieCount);
    if (e == entitiesOut && t == tiesOut)
        return false;
    entitiesOut = std::move(e);
    tiesOut = std::move(t);
    return true;
}

void ViewState::setHighlight(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (replace(m_highlightEntities, m_highlightTies, entities, ties))
        emit highlightChanged();
}

void ViewState::setStruck(const std::vector<EntityId> &entities, const std::vector<TieId> &ties)
{
    if (replace(m_struckEntities, m_struckTies, entities, ties))
        emit struckChanged();
}

QColor ViewState::fill(EntityId entity) const
{
    const auto it = m_fills.find(entity);
    return it == m_fills.end() ? QColor() : it->second;
}

void ViewState::setFills(std::unordered_map<EntityId, QColor> fills)
{
    std::erase_if(fills, [this](const auto &entry) {
        return entry.first.index() >= m_positions.size() || !entry.second.isValid();
    });
    if (fills == m_fills)
        return;
    m_fills = std::move(fills);
    emit fillsChanged();
}

} // namespace tiescope
