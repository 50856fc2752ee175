// SPDX-License-Identifier: MIT
// Edits reach every view: an edit made through the window's EditController (and its undo)
// shows on the canvas, in the details, the filter counts, the histogram and the analysis,
// with the picture the analyst arranged kept by key.
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "app/analysiscontroller.h"
#include "app/detailsdock.h"
#include "app/editcontroller.h"
#include "app/filterdock.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/rangeslider.h"
#include "app/safetextbrowser.h"
#include "app/timedock.h"
#include "app/viewstate.h"
#include "edit/changeset.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "render/entityitem.h"
#include "render/graphscene.h"

using namespace tiescope;
using nlohmann::ordered_json;

namespace {

ordered_json cited(ordered_json record)
{
    record["citations"] = ordered_json::array(
        {{{"source", "src"}, {"locator", "Section"}, {"reliability", "B"}, {"credibility", 2}}});
    return record;
}

ChangeSet addHungaryTiedToSerbia()
{
    ChangeSet c("add hungary");
    c.add(RecordTable::Entities, cited({{"id", "hungary"}, {"name", "Hungary"}, {"kind", "state"},
                                        {"description", "A neighbour."}}));
    c.add(RecordTable::Ties, cited({{"id", "hungary-supplies-serbia"}, {"from", "hungary"}, {"to", "serbia"},
                                    {"domain", "energy"}, {"relation", "supplies"}, {"start", "1995"},
                                    {"end", nullptr}, {"status", "confirmed"}}));
    return c;
}

} // namespace

class TestEdits final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
    }

    void init()
    {
        m_db = guifixture::writeStore(QDir(m_dir.path()));
        m_window = guitest::openWindow(m_db);
        QVERIFY(m_window);
    }

    void cleanup() { m_window.reset(); }

    void anAddedEntityIsDrawnBesideItsNeighbourAndTheRestStays()
    {
        ViewState &state = m_window->viewState();
        const std::map<std::string, Point> before = positionsByKey();
        state.setPinned(guitest::entity(*m_window, "nato"), true);
        const EntityItem *serbiaItem = m_window->scene().entityItem(guitest::entity(*m_window, "serbia"));

        QCOMPARE(m_window->editController().apply(addHungaryTiedToSerbia()), QStringList());
        // Added, not rebuilt: the other entities keep their items.
        QCOMPARE(m_window->scene().entityItem(guitest::entity(*m_window, "serbia")), serbiaItem);

        const EntityId hungary = guitest::entity(*m_window, "hungary");
        QVERIFY(hungary.isValid());
        GraphScene &scene = m_window->scene();
        QVERIFY(scene.entityItem(hungary) != nullptr);
        QVERIFY(scene.entityItem(hungary)->isVisible());
        QVERIFY(scene.isShown(guitest::tie(*m_window, "hungary-supplies-serbia")));
        // Everything else where the analyst left it, pins included; the newcomer on a free spot
        // near the entity it is tied to.
        for (const auto &[key, at] : before)
            QCOMPARE(state.position(guitest::entity(*m_window, key.c_str())), at);
        QVERIFY(state.isPinned(guitest::entity(*m_window, "nato")));
        const Point placed = state.position(hungary);
        const Point serbia = state.position(guitest::entity(*m_window, "serbia"));
        QVERIFY2(distance(placed, serbia) < 200, "placed far from its only neighbour");
        for (const auto &[key, at] : before)
            QVERIFY2(distance(placed, at) > 30, key.c_str());
        QCOMPARE(scene.position(hungary), QPointF(placed.x, placed.y));

        // The filter counts and the histogram count the new tie.
        const auto *energy = m_window->filterDock().findChild<QCheckBox *>(QStringLiteral("domain:energy"));
        QVERIFY(energy);
        QVERIFY2(energy->text().contains(QStringLiteral("(4)")), qPrintable(energy->text()));
        const RangeSlider *slider = m_window->timeDock().slider();
        QCOMPARE(slider->minimum(), 1807);
        QCOMPARE(slider->histogram().at(1995 - 1807), 1);
        QVERIFY(m_window->statusCounts().contains(QStringLiteral("8 of 8 entities")));

        // Undo takes it away again, everywhere.
        m_window->undoStack().undo();
        QVERIFY(!m_window->document().dataset().findEntity("hungary"));
        QCOMPARE(scene.positions().size(), m_window->document().dataset().entities().size());
        QVERIFY2(energy->text().contains(QStringLiteral("(3)")), qPrintable(energy->text()));
        for (const auto &[key, at] : before)
            QCOMPARE(state.position(guitest::entity(*m_window, key.c_str())), at);
    }

    void theDetailsShowTheEditedRecord()
    {
        ViewState &state = m_window->viewState();
        state.select(guitest::entity(*m_window, "nis"));
        QTextBrowser *browser = m_window->detailsDock().browser();
        QVERIFY(browser->toPlainText().contains(QStringLiteral("About NIS.")));

        ChangeSet c("describe");
        c.update(RecordTable::Entities, "nis", {{"description", "Serbia's oil company."}});
        QCOMPARE(m_window->editController().apply(c), QStringList());
        QCOMPARE(state.selection(), Selection::of(guitest::entity(*m_window, "nis")));
        QVERIFY(browser->toPlainText().contains(QStringLiteral("Serbia's oil company.")));
        QVERIFY(!browser->toPlainText().contains(QStringLiteral("About NIS.")));

        m_window->undoStack().undo();
        QVERIFY(browser->toPlainText().contains(QStringLiteral("About NIS.")));
    }

    void deletingWhatIsSelectedClearsItAndOthersKeepTheirIds()
    {
        ViewState &state = m_window->viewState();
        const EntityId gazprom = guitest::entity(*m_window, "gazprom-neft");
        Selection selection = Selection::of(guitest::tie(*m_window, "serbia-pfp"));
        selection.add(gazprom);
        selection.add(guitest::entity(*m_window, "eu")); // current: the details show it
        state.setSelection(selection);
        state.setHighlight({guitest::entity(*m_window, "eu")}, {guitest::tie(*m_window, "gpn-owns-nis")});
        state.setPinned(guitest::entity(*m_window, "eu"), true);
        const std::map<std::string, Point> before = positionsByKey();

        // Gazprom Neft is not last: the entities after it move up.
        ChangeSet c("delete");
        c.remove(RecordTable::Entities, "gazprom-neft");
        QCOMPARE(m_window->editController().apply(c), QStringList());

        const EntityId eu = guitest::entity(*m_window, "eu");
        Selection expected = Selection::of(guitest::tie(*m_window, "serbia-pfp"));
        expected.add(eu);
        QCOMPARE(state.selection(), expected);
        QVERIFY(state.isHighlighted(eu));
        QVERIFY(state.highlightedTies().empty()); // its tie went with it
        QVERIFY(state.isPinned(eu));
        for (const auto &[key, at] : before) {
            if (key != "gazprom-neft")
                QCOMPARE(state.position(guitest::entity(*m_window, key.c_str())), at);
        }
        QCOMPARE(m_window->scene().positions(), state.positions());
        QVERIFY(m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("European Union")));

        state.select(eu);
        ChangeSet removeEu("delete eu");
        removeEu.remove(RecordTable::Entities, "eu");
        QCOMPARE(m_window->editController().apply(removeEu), QStringList());
        QVERIFY(state.selection().isEmpty());
        QVERIFY(!m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("European Union")));
    }

    void anEditFollowsInTheSameTieLayerAndDrawsWhatAFreshSceneDraws()
    {
        GraphScene &scene = m_window->scene();
        const std::uint64_t builds = scene.tieLayerBuilds();
        // An added entity with two parallel ties (a fan), then a tie re-pointed onto it.
        QCOMPARE(m_window->editController().apply(addHungaryTiedToSerbia()), QStringList());
        ChangeSet parallel("parallel tie");
        parallel.add(RecordTable::Ties, cited({{"id", "serbia-supplies-hungary"}, {"from", "serbia"}, {"to", "hungary"},
                                               {"domain", "energy"}, {"relation", "supplies"}, {"start", "2001"},
                                               {"end", nullptr}, {"status", "alleged"}}));
        QCOMPARE(m_window->editController().apply(parallel), QStringList());
        QCOMPARE(scene.tieLayerBuilds(), builds);
        QVERIFY(drawsAsAFreshScene());
        const TieId added = guitest::tie(*m_window, "serbia-supplies-hungary");
        QCOMPARE(scene.tieAt(scene.tieMidpoint(added)), std::optional<TieId>(added));

        ChangeSet repoint("re-point");
        repoint.update(RecordTable::Ties, "gpn-owns-nis", {{"to", "hungary"}});
        QCOMPARE(m_window->editController().apply(repoint), QStringList());
        QCOMPARE(scene.tieLayerBuilds(), builds);
        QVERIFY(drawsAsAFreshScene());
        const TieId repointed = guitest::tie(*m_window, "gpn-owns-nis");
        QCOMPARE(scene.tieAt(scene.tieMidpoint(repointed)), std::optional<TieId>(repointed));

        // Undone step by step: the popped tie and entity go, the layer stays.
        for (int step = 0; step < 3; ++step) {
            m_window->undoStack().undo();
            QCOMPARE(scene.tieLayerBuilds(), builds);
            QVERIFY(drawsAsAFreshScene());
        }
        QVERIFY(!m_window->document().dataset().findEntity("hungary"));
    }

    void aMergeRenumbersEntitiesInTheSameTieLayerAndDrawsWhatAFreshSceneDraws()
    {
        GraphScene &scene = m_window->scene();
        const std::uint64_t builds = scene.tieLayerBuilds();
        // Gazprom Neft is not the last entity: the merge moves the ids of those after it, while
        // every tie keeps its id, and its ties are re-pointed onto Russia.
        ChangeSet merge("merge");
        merge.merge("gazprom-neft", "russia");
        const QStringList problems = m_window->editController().apply(merge);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
        QVERIFY(!m_window->document().dataset().findEntity("gazprom-neft"));
        QCOMPARE(scene.tieLayerBuilds(), builds);
        QVERIFY(drawsAsAFreshScene());
        const TieId repointed = guitest::tie(*m_window, "gpn-owns-nis");
        QCOMPARE(scene.tieAt(scene.tieMidpoint(repointed)), std::optional<TieId>(repointed));

        m_window->undoStack().undo();
        QVERIFY(m_window->document().dataset().findEntity("gazprom-neft"));
        QCOMPARE(scene.tieLayerBuilds(), builds);
        QVERIFY(drawsAsAFreshScene());
        const TieId back = guitest::tie(*m_window, "gpn-owns-nis");
        QCOMPARE(scene.tieAt(scene.tieMidpoint(back)), std::optional<TieId>(back));
    }

    void undoingAMoveAfterARenumberingEditMovesTheSameEntity()
    {
        GraphCanvas &canvas = m_window->canvas();
        GraphScene &scene = m_window->scene();
        const EntityId nato = guitest::entity(*m_window, "nato");
        canvas.centreOnEntity(nato);
        const QPointF start = scene.position(nato);
        const QPoint press = canvas.mapFromScene(start);
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, {}, press);
        for (int step = 1; step <= 4; ++step)
            QTest::mouseMove(canvas.viewport(), press + QPoint(15 * step, 10 * step));
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, {}, press + QPoint(60, 40));
        QVERIFY(QLineF(start, scene.position(nato)).length() > 20.0);
        const std::map<std::string, Point> moved = positionsByKey();

        // Gazprom Neft comes before NATO: deleting it moves NATO's id (and EU's onto NATO's).
        ChangeSet c("delete");
        c.remove(RecordTable::Entities, "gazprom-neft");
        QCOMPARE(m_window->editController().apply(c), QStringList());
        QVERIFY(guitest::entity(*m_window, "nato") != nato);
        QVERIFY(drawsAsAFreshScene()); // the kept items moved to their new ids
        // The delete cannot be undone (the file was made read-only meanwhile): it leaves the
        // stack, and the next undo is the move, across the renumbering.
        std::filesystem::permissions(m_db.toStdString(), std::filesystem::perms::owner_read);
        m_window->undoStack().undo();
        std::filesystem::permissions(m_db.toStdString(), std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);
        QVERIFY(!m_window->document().dataset().findEntity("gazprom-neft"));

        m_window->undoStack().undo();
        ViewState &state = m_window->viewState();
        const EntityId natoNow = guitest::entity(*m_window, "nato");
        QCOMPARE(state.position(natoNow), (Point{start.x(), start.y()}));
        QVERIFY(!state.isPinned(natoNow));
        QCOMPARE(scene.position(natoNow), start);
        QCOMPARE(state.position(guitest::entity(*m_window, "eu")), moved.at("eu")); // EU stays
    }

    void aShownAnalysisIsComputedAgainOnTheEditedData()
    {
        AnalysisController &analysis = m_window->analysisController();
        AnalysisRequest request;
        request.kind = AnalysisRequest::Kind::Degree;
        analysis.setRequest(request);
        QSignalSpy finished(&analysis, &AnalysisController::finished);
        analysis.run();
        QVERIFY(finished.wait(20000));
        QVERIFY(!hasRowFor(analysis.outcome(), QStringLiteral("Hungary")));

        QCOMPARE(m_window->editController().apply(addHungaryTiedToSerbia()), QStringList());
        QVERIFY(finished.wait(20000));
        QVERIFY(hasRowFor(analysis.outcome(), QStringLiteral("Hungary")));
    }

private:
    // The window's scene, followed edit by edit, against one built afresh from the same graph,
    // positions, view and marks: pixel for pixel.
    bool drawsAsAFreshScene()
    {
        GraphScene &edited = m_window->scene();
        GraphScene fresh;
        fresh.setGraph(&m_window->document().graph());
        fresh.setPositions(edited.positions());
        fresh.setViewScale(edited.viewScale());
        fresh.setFadeIsolated(edited.fadeIsolated());
        fresh.setView(m_window->document().view());
        // The marks the window pushes from its view state: the selection and the hover.
        const Selection &selection = m_window->viewState().selection();
        fresh.setMarked(std::vector<EntityId>(selection.entities().begin(), selection.entities().end()),
                        std::vector<TieId>(selection.ties().begin(), selection.ties().end()));
        fresh.setHovered(m_window->viewState().hovered());
        const QRectF area = edited.shownBounds();
        const auto picture = [&area](GraphScene &scene) {
            QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            scene.render(&painter, QRectF(image.rect()), area);
            return image;
        };
        return picture(edited) == picture(fresh);
    }

    std::map<std::string, Point> positionsByKey() const
    {
        std::map<std::string, Point> positions;
        const Dataset &data = m_window->document().dataset();
        for (std::size_t i = 0; i < data.entities().size(); ++i)
            positions[data.entities()[i].key] = m_window->viewState().position(EntityId(i));
        return positions;
    }

    static bool hasRowFor(const AnalysisOutcome &outcome, const QString &name)
    {
        for (const AnalysisRow &row : outcome.rows) {
            if (!row.cells.isEmpty() && row.cells.front() == name)
                return true;
        }
        return false;
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestEdits)
#include "tst_edits.moc"
