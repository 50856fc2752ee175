// SPDX-License-Identifier: MIT
#include "app/scenebinder.h"

#include <QUndoStack>

#include "app/moveentitycommand.h"
#include "app/viewstate.h"
#include "edit/editdelta.h"
#include "render/graphscene.h"

namespace tiescope {

namespace {

// Ctrl toggles an item in the selection, Shift adds it, a plain click selects only it.
template <typename Id>
void clicked(ViewState &state, Id id, Qt::KeyboardModifiers modifiers)
{
    if (modifiers & Qt::ControlModifier) {
        Selection selection = state.selection();
        selection.toggle(id);
        state.setSelection(std::move(selection));
    } else if (modifiers & Qt::ShiftModifier) {
        Selection selection = state.selection();
        selection.add(id);
        state.setSelection(std::move(selection));
    } else {
        state.select(id);
    }
}

template <typename Id>
std::vector<Id> listed(const std::set<Id> &ids)
{
    return std::vector<Id>(ids.begin(), ids.end());
}

} // namespace

SceneBinder::SceneBinder(ViewState &state, GraphScene &scene, QUndoStack &undo, QObject *parent)
    : QObject(parent),
      m_state(state),
      m_scene(scene),
      m_undo(undo)
{
    connect(&m_state, &ViewState::reset, this, &SceneBinder::pushAll);
    connect(&m_state, &ViewState::edited, this, &SceneBinder::pushEdit);
    connect(&m_state, &ViewState::positionsChanged, this, &SceneBinder::pushPositions);
    connect(&m_state, &ViewState::positionChanged, this, [this](EntityId entity) {
        const Point at = m_state.position(entity);
        m_scene.setPosition(entity, QPointF(at.x, at.y));
    });
    connect(&m_state, &ViewState::selectionChanged, this, &SceneBinder::pushSelection);
    connect(&m_state, &ViewState::hoverChanged, this, [this] { m_scene.setHovered(m_state.hovered()); });
    connect(&m_state, &ViewState::highlightChanged, this, &SceneBinder::pushHighlight);
    connect(&m_state, &ViewState::struckChanged, this, &SceneBinder::pushStruck);
    connect(&m_state, &ViewState::fillsChanged, this, &SceneBinder::pushFills);

    connect(&m_scene, &GraphScene::entityPressed, this,
            [this](EntityId entity, Qt::KeyboardModifiers modifiers) { clicked(m_state, entity, modifiers); });
    connect(&m_scene, &GraphScene::tieClicked, this,
            [this](TieId tie, Qt::KeyboardModifiers modifiers) { clicked(m_state, tie, modifiers); });
    connect(&m_scene, &GraphScene::backgroundClicked, this, [this](Qt::KeyboardModifiers modifiers) {
        // A modified click beside everything keeps what was gathered.
        if (!(modifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
            m_state.clearSelection();
    });
    connect(&m_scene, &GraphScene::entityHoverChanged, this, [this](EntityId entity, bool entered) {
        if (entered)
            m_state.setHovered(entity);
        else if (m_state.hovered() == entity)
            m_state.setHovered(std::nullopt);
    });
    // A tie under the pointer is only drawn highlighted, in this view: no other view shows it.
    connect(&m_scene, &GraphScene::tieHoverChanged, this,
            [this](std::optional<TieId> tie) { m_scene.setHoveredTie(tie); });
    connect(&m_scene, &GraphScene::entityDragged, this, [this](EntityId entity, QPointF from, QPointF to) {
        m_undo.push(new MoveEntityCommand(m_state, entity, Point{from.x(), from.y()}, Point{to.x(), to.y()}));
    });
}

void SceneBinder::pushAll()
{
    m_scene.setGraph(m_state.graph());
    if (!m_state.graph())
        return;
    if (m_scene.positions() != m_state.positions()) // the scene starts on the same grid
        pushPositions();
    pushSelection();
    m_scene.setHovered(m_state.hovered());
    pushHighlight();
    pushStruck();
    pushFills();
}

void SceneBinder::pushEdit(const EditDelta &delta)
{
    // Only what came, went or changed is redrawn (the document's view follows next); when ids
    // moved, the kept items move to their new ids and take the positions carried by id.
    m_scene.followEdit(delta);
    constexpr std::size_t OneByOne = 64; // beyond, setting every position at once is cheaper
    if (delta.renumbered || delta.entitiesAdded.size() > OneByOne) {
        pushPositions();
    } else {
        for (const EntityId entity : delta.entitiesAdded) {
            const Point at = m_state.position(entity);
            m_scene.setPosition(entity, QPointF(at.x, at.y));
        }
    }
    pushSelection();
    m_scene.setHovered(m_state.hovered());
    pushHighlight();
    pushStruck();
    pushFills();
}

void SceneBinder::pushPositions()
{
    m_scene.setPositions(m_state.positions());
}

void SceneBinder::pushSelection()
{
    const Selection &selection = m_state.selection();
    m_scene.setMarked(listed(selection.entities()), listed(selection.ties()));
}

void SceneBinder::pushHighlight()
{
    if (!m_state.hasHighlight()) {
        m_scene.clearHighlight();
        return;
    }
    m_scene.setHighlight(listed(m_state.highlightedEntities()), listed(m_state.highlightedTies()));
}

void SceneBinder::pushStruck()
{
    m_scene.setStruck(listed(m_state.struckEntities()), listed(m_state.struckTies()));
}

void SceneBinder::pushFills()
{
    std::vector<QColor> fills;
    if (!m_state.fills().empty()) {
        fills.resize(m_state.entityCount());
        for (const auto &[entity, colour] : m_state.fills())
            fills[entity.index()] = colour;
    }
    m_scene.setEntityFills(fills);
}

} // namespace tiescope
