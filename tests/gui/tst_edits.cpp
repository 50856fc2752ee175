// SPDX-License-Identifier: MIT
// Edits reach every view: an edit made through the window's EditController (and its undo)
// shows on the canvas, in the details, the filter counts, the histogram and the analysis,
// with the picture the analyst arranged kept by key.
#include <QCheckBox>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtTest>

#include <cmath>
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

double distance(Point a, Point b)
{
    return std::hypot(a.x - b.x, a.y - b.y);
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
