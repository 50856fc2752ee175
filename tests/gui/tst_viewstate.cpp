// SPDX-License-Identifier: MIT
// ViewState, the one place the window's views read and change what is shown: it follows the
// document (cleared when the data goes, sized when new data opens), reports each change once
// with its own signal, holds a multi-selection by id, drops what a filter hides, and the undo
// commands act on it.
#include <QSignalSpy>
#include <QtTest>

#include "app/applypositionscommand.h"
#include "app/graphdocument.h"
#include "app/moveentitycommand.h"
#include "app/viewstate.h"
#include "graph/tiegraph.h"
#include "guifixture.h"

using namespace tiescope;

class TestViewState final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GraphDocument> m_document;
    std::unique_ptr<ViewState> m_state;

    void openFixture()
    {
        auto data = std::make_unique<Dataset>(guifixture::make());
        auto graph = std::make_unique<TieGraph>(*data);
        m_document->replace(QStringLiteral("fixture.db"), std::move(data), std::move(graph));
    }
    EntityId entity(const char *key) const { return *m_document->dataset().findEntity(key); }
    TieId tie(const char *key) const { return *m_document->dataset().findTie(key); }

private slots:
    void init()
    {
        m_state.reset();
        m_document = std::make_unique<GraphDocument>();
        m_state = std::make_unique<ViewState>(*m_document);
    }

    void followsTheDocument()
    {
        QCOMPARE(m_state->graph(), nullptr);
        QCOMPARE(m_state->entityCount(), std::size_t{0});
        m_state->select(EntityId(0)); // nothing open: nothing to select
        QVERIFY(m_state->selection().isEmpty());

        QSignalSpy reset(m_state.get(), &ViewState::reset);
        openFixture();
        QCOMPARE(reset.count(), 2); // cleared (about to replace), then sized (opened)
        QCOMPARE(m_state->graph(), &m_document->graph());
        QCOMPARE(m_state->entityCount(), m_document->dataset().entities().size());
        // A grid until a layout runs: no two entities in one place, nothing pinned.
        std::set<std::pair<double, double>> places;
        for (const Point &p : m_state->positions())
            places.emplace(p.x, p.y);
        QCOMPARE(places.size(), m_state->entityCount());
        QVERIFY(m_state->pinnedEntities().empty());

        // Everything set on it goes when the data is replaced.
        m_state->setPinned(entity("nis"), true);
        m_state->select(entity("nis"));
        m_state->setHovered(entity("serbia"));
        m_state->setHighlight({entity("nis")}, {tie("gpn-owns-nis")});
        m_state->setStruck({entity("eu")}, {tie("serbia-pfp")});
        m_state->setFills({{entity("nis"), QColor(Qt::red)}});
        QSignalSpy selection(m_state.get(), &ViewState::selectionChanged);
        int selectedWhenReset = -1;
        connect(m_state.get(), &ViewState::reset, this,
                [this, &selectedWhenReset] { selectedWhenReset = static_cast<int>(m_state->selection().size()); });
        openFixture();
        QCOMPARE(reset.count(), 4);
        QCOMPARE(selectedWhenReset, 0);
        QCOMPARE(selection.count(), 0); // a reset says everything changed, once
        QVERIFY(m_state->selection().isEmpty());
        QVERIFY(!m_state->isPinned(entity("nis")));
        QCOMPARE(m_state->hovered(), std::nullopt);
        QVERIFY(!m_state->hasHighlight());
        QVERIFY(!m_state->isStruck(entity("eu")));
        QVERIFY(!m_state->fill(entity("nis")).isValid());
    }

    void eachChangeHasItsSignalOnce()
    {
        openFixture();
        QSignalSpy positions(m_state.get(), &ViewState::positionsChanged);
        QSignalSpy position(m_state.get(), &ViewState::positionChanged);
        QSignalSpy pins(m_state.get(), &ViewState::pinsChanged);
        QSignalSpy selection(m_state.get(), &ViewState::selectionChanged);
        QSignalSpy hover(m_state.get(), &ViewState::hoverChanged);
        QSignalSpy highlight(m_state.get(), &ViewState::highlightChanged);
        QSignalSpy struck(m_state.get(), &ViewState::struckChanged);
        QSignalSpy fills(m_state.get(), &ViewState::fillsChanged);
        const EntityId nis = entity("nis");

        m_state->setPosition(nis, Point{5, 7});
        m_state->setPosition(nis, Point{5, 7}); // unchanged: no signal
        QCOMPARE(position.count(), 1);
        QCOMPARE(position.front().front().value<EntityId>(), nis);
        QCOMPARE(m_state->position(nis), (Point{5, 7}));
        m_state->setPositions(std::vector<Point>(m_state->entityCount(), Point{1, 1}));
        m_state->setPositions(std::vector<Point>(2)); // not one per entity: refused
        QCOMPARE(positions.count(), 1);
        QCOMPARE(m_state->position(nis), (Point{1, 1}));

        m_state->setPinned(nis, true);
        m_state->setPinned(nis, true);
        QCOMPARE(pins.count(), 1);
        QCOMPARE(m_state->pinnedEntities(), std::vector<EntityId>{nis});

        m_state->select(nis);
        m_state->select(nis);
        QCOMPARE(selection.count(), 1);
        m_state->setHovered(nis);
        m_state->setHovered(nis);
        QCOMPARE(hover.count(), 1);
        m_state->setHighlight({nis}, {});
        m_state->setHighlight({nis}, {});
        QCOMPARE(highlight.count(), 1);
        QVERIFY(m_state->isHighlighted(nis));
        m_state->clearHighlight();
        QCOMPARE(highlight.count(), 2);
        m_state->setStruck({}, {tie("gpn-owns-nis")});
        QCOMPARE(struck.count(), 1);
        QVERIFY(m_state->isStruck(tie("gpn-owns-nis")));
        m_state->setFills({{nis, QColor(Qt::blue)}});
        QCOMPARE(fills.count(), 1);
        QCOMPARE(m_state->fill(nis), QColor(Qt::blue));
        QVERIFY(!m_state->fill(entity("eu")).isValid());
    }

    void holdsAMultiSelection()
    {
        openFixture();
        const EntityId nis = entity("nis");
        const EntityId eu = entity("eu");
        const TieId gpn = tie("gpn-owns-nis");
        Selection selection = Selection::of(nis);
        selection.add(gpn);
        selection.add(eu);
        QCOMPARE(selection.size(), std::size_t{3});
        QCOMPARE(selection.currentEntity(), std::optional<EntityId>(eu)); // the last one added
        QCOMPARE(selection.currentTie(), std::nullopt);
        selection.toggle(eu); // out again: another selected item becomes current
        QVERIFY(!selection.contains(eu));
        QCOMPARE(selection.currentEntity(), std::optional<EntityId>(nis));
        selection.toggle(nis);
        QCOMPARE(selection.currentTie(), std::optional<TieId>(gpn));
        selection.toggle(nis);
        QVERIFY(selection.contains(nis) && selection.contains(gpn));

        // Ids the open data lacks never get in.
        selection.add(EntityId(9999));
        selection.add(TieId(9999));
        m_state->setSelection(selection);
        QCOMPARE(m_state->selection().entities(), std::set<EntityId>{nis});
        QCOMPARE(m_state->selection().ties(), std::set<TieId>{gpn});
        QCOMPARE(m_state->selection().currentEntity(), std::optional<EntityId>(nis));
        m_state->clearSelection();
        QVERIFY(m_state->selection().isEmpty());
    }

    void aFilterDropsWhatItHidesFromTheSelectionAndHover()
    {
        openFixture();
        const EntityId nis = entity("nis");
        const EntityId mig = entity("mig-29");
        Selection selection = Selection::of(mig);
        selection.add(tie("serbia-buys-mig"));
        selection.add(nis);
        m_state->setSelection(selection);
        m_state->setHovered(mig);
        QSignalSpy changed(m_state.get(), &ViewState::selectionChanged);
        FilterSpec energy;
        energy.domains = std::set<std::string>{"energy"};
        energy.isolated = IsolatedEntities::Hide;
        m_document->setFilter(energy); // MiG-29 and its arms ties go
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_state->selection(), Selection::of(nis));
        QCOMPARE(m_state->hovered(), std::nullopt);
    }

    void undoCommandsActOnTheViewState()
    {
        openFixture();
        const EntityId nis = entity("nis");
        const Point start = m_state->position(nis);
        // A drag of an entity already pinned: undo keeps the pin it had.
        m_state->setPinned(nis, true);
        MoveEntityCommand move(*m_state, nis, start, Point{40, 50});
        move.redo();
        QCOMPARE(m_state->position(nis), (Point{40, 50}));
        QVERIFY(m_state->isPinned(nis));
        move.undo();
        QCOMPARE(m_state->position(nis), start);
        QVERIFY(m_state->isPinned(nis));
        // One not pinned before is free again after the undo.
        const EntityId eu = entity("eu");
        MoveEntityCommand free(*m_state, eu, m_state->position(eu), Point{1, 2});
        free.redo();
        QVERIFY(m_state->isPinned(eu));
        free.undo();
        QVERIFY(!m_state->isPinned(eu));

        const std::vector<Point> before = m_state->positions();
        std::vector<Point> after = before;
        after[nis.index()] = Point{-1, -1};
        ApplyPositionsCommand apply(*m_state, QStringLiteral("Layout"), before, after, m_state->pins(),
                                    std::vector<std::uint8_t>(m_state->entityCount(), 0));
        apply.redo();
        QCOMPARE(m_state->positions(), after);
        QVERIFY(m_state->pinnedEntities().empty());
        apply.undo();
        QCOMPARE(m_state->positions(), before);
        QCOMPARE(m_state->pinnedEntities(), std::vector<EntityId>{nis});
    }
};

QTEST_MAIN(TestViewState)
#include "tst_viewstate.moc"
