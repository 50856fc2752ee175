// SPDX-License-Identifier: MIT
// Edits records the way an analyst does: the Edit menu's forms, typed into and saved, the
// canvas's gestures, Delete with its confirmation, bulk edit, undo and redo by keyboard. After
// each edit the details panel and the file itself, reopened from disk, must show it.
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QtTest>

#include "app/bulkeditdialog.h"
#include "app/canvasgestures.h"
#include "app/citationeditor.h"
#include "app/citationform.h"
#include "app/detailsdock.h"
#include "app/entityfield.h"
#include "app/entityform.h"
#include "app/graphcanvas.h"
#include "app/recordactions.h"
#include "app/safetextbrowser.h"
#include "app/sourceform.h"
#include "app/sourcepicker.h"
#include "app/tieform.h"
#include "app/viewstate.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "render/graphscene.h"

using namespace tiescope;

namespace {

void clickSave(QDialog *form)
{
    auto *buttons = form->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void choose(QComboBox *box, const QString &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

// Runs `inspect` on the message box the next step opens (it blocks until answered).
void answerMessageBox(std::function<void(QMessageBox *)> inspect)
{
    QTimer::singleShot(0, [inspect = std::move(inspect)] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            QFAIL("no message box is open");
        inspect(box);
    });
}

// With TIESCOPE_SCREENSHOTS=DIR (run under Xvfb, as scripts/editing-screenshots does), the
// screen as the test left it goes to DIR/NAME.png: the pictures in docs/editing.md.
void screenshot(const char *name)
{
    const QWidget *window = nullptr;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (qobject_cast<MainWindow *>(top))
            window = top;
    }
    const QString dir = qEnvironmentVariable("TIESCOPE_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QApplication::processEvents();
    QScreen *screen = QGuiApplication::primaryScreen();
    const QRect frame = window->frameGeometry();
    QVERIFY(screen->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
                .save(QDir(dir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"))));
}

// Right-clicks the canvas at `at` (viewport pixels) and runs `pick` on the menu it shows.
void rightClick(GraphCanvas &canvas, const QPoint &at, std::function<void(QMenu *)> pick)
{
    QTimer::singleShot(0, [pick = std::move(pick)] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            QFAIL("no context menu is open");
        pick(menu);
        menu->close();
    });
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, canvas.viewport()->mapToGlobal(at));
    QApplication::sendEvent(canvas.viewport(), &event);
}

QStringList actionTexts(const QMenu *menu)
{
    QStringList texts;
    for (const QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text().remove(QLatin1Char('&'));
    }
    return texts;
}

QAction *actionNamed(const QMenu *menu, const QString &text)
{
    for (QAction *action : menu->actions()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    return nullptr;
}

} // namespace

class TestRecordForms final : public QObject
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
        // A fresh copy per test: each one edits its own file.
        m_db = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("%1.db").arg(QTest::currentTestFunction()));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(guitest::open(*m_window, m_db));
        QVERIFY(guitest::settle(*m_window));
        QVERIFY(m_window->document().isEditable());
    }

    void cleanup() { m_window.reset(); }

    void aNewEntityIsSavedFromItsForm()
    {
        // "New Entity Here" on an empty spot of the canvas.
        GraphCanvas &canvas = m_window->canvas();
        const QPoint spot(12, 12);
        const QPointF scenePoint = canvas.mapToScene(spot);
        QVERIFY(!m_window->recordActions().gestures().entityAt(scenePoint));
        QStringList offered;
        rightClick(canvas, spot, [&offered](QMenu *menu) {
            offered = actionTexts(menu);
            if (QAction *here = actionNamed(menu, QStringLiteral("New Entity Here…")))
                here->trigger();
        });
        QVERIFY2(offered.contains(QStringLiteral("New Tie…")), qPrintable(offered.join(QLatin1Char(','))));
        auto *form = qobject_cast<EntityForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        form->nameField()->insert(QStringLiteral("Magyar Közút"));          // keyClicks types ASCII only
        QCOMPARE(form->keyField()->text(), QStringLiteral("magyar-kozut")); // generated, ASCII kebab-case
        QTest::keyClicks(form->nameField(), QStringLiteral(" Serbia"));
        QCOMPARE(form->keyField()->text(), QStringLiteral("magyar-kozut-serbia"));
        form->keyField()->selectAll();
        QTest::keyClicks(form->keyField(), QStringLiteral("serbia"));
        QVERIFY(form->keyField()->styleSheet().contains(QStringLiteral("color"))); // taken: marked
        form->keyField()->selectAll();
        QTest::keyClicks(form->keyField(), QStringLiteral("magyar-kozut"));
        choose(form->kindField(), QStringLiteral("company"));
        QTest::keyClicks(form->countryField(), QStringLiteral("hu"));
        QTest::keyClicks(form->aliasesField(), QStringLiteral("Hungarian Roads | MK"));
        QTest::keyClicks(form->descriptionField(), QStringLiteral("Road operator."));
        screenshot("editing-entity");
        clickSave(form);
        QTRY_VERIFY(!m_window->recordActions().openForm());

        const Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        const auto saved = reopened.findEntity("magyar-kozut");
        QVERIFY(saved);
        const Entity &entity = reopened.entity(*saved);
        QCOMPARE(entity.name, std::string("Magyar Közút Serbia"));
        QCOMPARE(reopened.kind(entity.kind).key, std::string("company"));
        QCOMPARE(entity.country, std::string("HU"));
        QCOMPARE(entity.aliases, (std::vector<std::string>{"Hungarian Roads", "MK"}));
        // On the canvas where it was asked for, selected, and in the details.
        const auto made = m_window->document().dataset().findEntity("magyar-kozut");
        QVERIFY(made);
        QCOMPARE(m_window->viewState().selection(), Selection::of(*made));
        QVERIFY(m_window->scene().isShown(*made));
        QVERIFY(QLineF(m_window->scene().position(*made), scenePoint).length() < 1.0);
        QTRY_VERIFY(m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("Road operator.")));
        QCOMPARE(m_window->undoStack().command(m_window->undoStack().index() - 1)->text(),
                 QStringLiteral("add-entity magyar-kozut"));
    }

    void aCitedTieIsSavedAndATieWithoutCitationIsRefused()
    {
        m_window->recordActions().newTie->trigger();
        auto *form = qobject_cast<TieForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        form->fromField()->setText(QStringLiteral("NATO"));
        form->toField()->setText(QStringLiteral("European Union (eu)"));
        choose(form->domainField(), QStringLiteral("diplomacy"));
        choose(form->relationField(), QStringLiteral("cooperates-with"));
        QCOMPARE(form->keyField()->text(), QStringLiteral("nato-cooperates-with-eu"));
        QTest::keyClicks(form->startField(), QStringLiteral("2016-07"));
        QTest::keyClicks(form->noteField(), QStringLiteral("Joint declaration <b>not markup</b>."));
        QTest::keyClicks(form->strengthField(), QStringLiteral("0.6"));

        // No source picked: refused, said why, everything typed still there.
        clickSave(form);
        QCOMPARE(m_window->recordActions().openForm(), form);
        QVERIFY(form->isVisible());
        QVERIFY2(form->problemsLabel()->text().contains(QStringLiteral("without a citation")),
                 qPrintable(form->problemsLabel()->text()));
        QCOMPARE(form->problemsLabel()->textFormat(), Qt::PlainText);
        screenshot("editing-tie-refused");
        QCOMPARE(form->startField()->text(), QStringLiteral("2016-07"));
        QCOMPARE(form->noteField()->toPlainText(), QStringLiteral("Joint declaration <b>not markup</b>."));
        QVERIFY(!Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load().findTie("nato-cooperates-with-eu"));

        // A date the store refuses is shown in the form, which stays open.
        CitationEditor *citation = form->citation();
        QTest::keyClicks(citation->sourcePicker()->searchField(), QStringLiteral("test source"));
        citation->sourcePicker()->list()->setCurrentRow(0);
        QCOMPARE(citation->sourcePicker()->sourceKey(), QStringLiteral("src"));
        QTest::keyClicks(form->endField(), QStringLiteral("2010"));
        clickSave(form);
        QVERIFY(form->isVisible());
        QVERIFY2(form->problemsLabel()->text().contains(QStringLiteral("end")),
                 qPrintable(form->problemsLabel()->text()));

        form->endField()->clear();
        QTest::keyClicks(citation->locatorField(), QStringLiteral("p. 4"));
        choose(citation->reliabilityField(), QStringLiteral("C"));
        choose(citation->credibilityField(), QStringLiteral("3"));
        clickSave(form);
        QTRY_VERIFY(!m_window->recordActions().openForm());

        const Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        const auto saved = reopened.findTie("nato-cooperates-with-eu");
        QVERIFY(saved);
        const Tie &tie = reopened.tie(*saved);
        QCOMPARE(reopened.entity(tie.from).key, std::string("nato"));
        QCOMPARE(reopened.entity(tie.to).key, std::string("eu"));
        QCOMPARE(tie.start->toString(), std::string("2016-07"));
        QVERIFY(!tie.end);
        QCOMPARE(*tie.strength, 0.6);
        QCOMPARE(tie.citations.size(), std::size_t(1));
        QCOMPARE(tie.citations[0].grade.toString(), std::string("C3"));
        QCOMPARE(tie.citations[0].locator, std::string("p. 4"));
        QCOMPARE(reopened.source(tie.citations[0].source).key, std::string("src"));

        // Selected on the canvas, then listed in the details panel under NATO.
        const auto drawn = m_window->document().dataset().findTie("nato-cooperates-with-eu");
        QVERIFY(drawn);
        QCOMPARE(m_window->viewState().selection(), Selection::of(*drawn));
        QVERIFY(m_window->scene().isShown(*drawn));
        m_window->viewState().clearSelection();
        m_window->viewState().select(guitest::entity(*m_window, "nato"));
        const QString details = m_window->detailsDock().browser()->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("European Union")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Ties: 2 shown of 2")));
    }

    void aSourceIsCreatedOnTheSpotFromTheTieForm()
    {
        m_window->recordActions().createTie(guitest::entity(*m_window, "serbia"), guitest::entity(*m_window, "eu"));
        auto *form = qobject_cast<TieForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        QCOMPARE(form->fromField()->entity(), guitest::entity(*m_window, "serbia"));
        SourcePicker *picker = form->citation()->sourcePicker();
        QTest::mouseClick(picker->newButton(), Qt::LeftButton);
        auto *source = qobject_cast<SourceForm *>(QApplication::activeModalWidget());
        QVERIFY(source);
        QTest::keyClicks(source->titleField(), QStringLiteral("Accession report 2024"));
        QCOMPARE(source->keyField()->text(), QStringLiteral("accession-report-2024"));
        QTest::keyClicks(source->authorField(), QStringLiteral("European Commission"));
        QTest::keyClicks(source->dateField(), QStringLiteral("2024-10-30"));
        QTest::keyClicks(source->kindField(), QStringLiteral("official report"));
        QVERIFY(!source->retrievedField()->placeholderText().isEmpty());
        QTest::keyClicks(source->retrievedField(), QStringLiteral("2024-11-02"));
        QTest::keyClicks(source->archiveUrlField(), QStringLiteral("https://archive.example/report"));
        screenshot("editing-source");
        clickSave(source);
        QTRY_COMPARE(picker->sourceKey(), QStringLiteral("accession-report-2024"));
        choose(form->relationField(), QStringLiteral("cooperates-with"));
        choose(form->domainField(), QStringLiteral("economy"));
        clickSave(form);
        QTRY_VERIFY(!m_window->recordActions().openForm());

        const Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        const auto made = reopened.findSource("accession-report-2024");
        QVERIFY(made);
        QCOMPARE(reopened.source(*made).date->toString(), std::string("2024-10-30"));
        QCOMPARE(reopened.source(*made).retrieved->toString(), std::string("2024-11-02"));
        QCOMPARE(reopened.source(*made).archiveUrl, std::string("https://archive.example/report"));
        const auto tie = reopened.findTie("serbia-cooperates-with-eu");
        QVERIFY(tie);
        QCOMPARE(reopened.tie(*tie).citations.at(0).source, *made);
        const QString details = detailsOf(guitest::tie(*m_window, "serbia-cooperates-with-eu"));
        QVERIFY2(details.contains(QStringLiteral("Retrieved: 2024-11-02")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Archived: https://archive.example/report")));
        QCOMPARE(m_window->undoStack().count(), 3); // the first layout, the source, the tie
    }

    void changingATieDateIsUndoneAndRedoneByKeyboard()
    {
        const TieId tie = guitest::tie(*m_window, "serbia-buys-mig");
        m_window->viewState().select(tie);
        pressKey(Qt::Key_F2);
        auto *form = qobject_cast<TieForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        QCOMPARE(form->startField()->text(), QStringLiteral("2017-10"));
        QVERIFY(!form->citation()); // an existing tie keeps its citations
        form->startField()->selectAll();
        QTest::keyClicks(form->startField(), QStringLiteral("2019"));
        clickSave(form);
        QTRY_VERIFY(!m_window->recordActions().openForm());
        QCOMPARE(startOf("serbia-buys-mig"), std::string("2019"));
        QVERIFY(detailsOf(tie).contains(QStringLiteral("2019 – ?")));

        pressKey(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(startOf("serbia-buys-mig"), std::string("2017-10"));
        QVERIFY(detailsOf(tie).contains(QStringLiteral("2017-10 – ?")));

        pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(startOf("serbia-buys-mig"), std::string("2019"));
        QVERIFY(detailsOf(tie).contains(QStringLiteral("2019 – ?")));
    }

    void deleteAsksWithWhatGoesAndCancelKeepsEverything()
    {
        const EntityId nis = guitest::entity(*m_window, "nis");
        m_window->viewState().select(nis);
        QString asked;
        answerMessageBox([&asked](QMessageBox *box) {
            asked = box->text() + QLatin1Char('\n') + box->informativeText();
            screenshot("editing-delete");
            box->button(QMessageBox::Cancel)->click();
        });
        m_window->canvas().setFocus();
        QTest::keyClick(m_window->canvas().viewport(), Qt::Key_Delete);
        QVERIFY2(asked.contains(QStringLiteral("Delete 1 entity, 2 ties and 3 citations?")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("NIS (nis)")));
        QVERIFY(asked.contains(QStringLiteral("gpn-owns-nis")));
        QVERIFY(asked.contains(QStringLiteral("nis-supplies-serbia")));
        QVERIFY(Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load().findEntity("nis"));

        // Offscreen there is no window manager to give the window back its focus.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        answerMessageBox([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(m_window->canvas().viewport(), Qt::Key_Delete);
        Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        QVERIFY(!reopened.findEntity("nis"));
        QVERIFY(!reopened.findTie("gpn-owns-nis"));
        QVERIFY(!reopened.findTie("nis-supplies-serbia"));
        QCOMPARE(reopened.ties().size(), std::size_t(7));
        QVERIFY(m_window->viewState().selection().isEmpty());
        QCOMPARE(m_window->scene().graph()->entityCount(), std::size_t(6));
        QVERIFY(!m_window->document().dataset().findEntity("nis"));
        m_window->viewState().select(guitest::entity(*m_window, "serbia"));
        QVERIFY(!m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("NIS")));

        pressKey(Qt::Key_Z, Qt::ControlModifier); // one step brings all three back
        reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        QVERIFY(reopened.findEntity("nis"));
        QCOMPARE(reopened.ties().size(), std::size_t(9));
    }

    void aRubberBandSelectsAndBulkEditIsOneUndoStep()
    {
        GraphCanvas &canvas = m_window->canvas();
        canvas.fitAll();
        QWidget *viewport = canvas.viewport();
        const QPoint from(2, 2);
        const QPoint to(viewport->width() - 3, viewport->height() - 3);
        QTest::mousePress(viewport, Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(viewport, (from + to) / 2);
        QTest::mouseMove(viewport, to);
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::ShiftModifier, to);
        const Selection &selection = m_window->viewState().selection();
        QCOMPARE(selection.entities().size(), std::size_t(7));
        QCOMPARE(selection.ties().size(), std::size_t(9));

        m_window->recordActions().bulkEdit->trigger();
        auto *form = qobject_cast<BulkEditDialog *>(m_window->recordActions().openForm());
        QVERIFY(form);
        guitest::click(form->setStatus());
        choose(form->statusField(), QStringLiteral("alleged"));
        guitest::click(form->setGrade());
        choose(form->reliabilityField(), QStringLiteral("D"));
        choose(form->credibilityField(), QStringLiteral("4"));
        screenshot("editing-bulk");
        const int steps = m_window->undoStack().count();
        clickSave(form);
        QTRY_VERIFY(!m_window->recordActions().openForm());
        QCOMPARE(m_window->undoStack().count(), steps + 1);
        Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        for (const Tie &tie : reopened.ties()) {
            QVERIFY(tie.status == TieStatus::Alleged);
            QCOMPARE(tie.citations.at(0).grade.toString(), std::string("D4"));
        }
        QCOMPARE(reopened.domain(reopened.tie(*reopened.findTie("gpn-owns-nis")).domain).key, std::string("energy"));
        QVERIFY(detailsOf(guitest::tie(*m_window, "serbia-pfp")).contains(QStringLiteral("alleged")));

        pressKey(Qt::Key_Z, Qt::ControlModifier);
        reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        QVERIFY(reopened.tie(*reopened.findTie("serbia-pfp")).status == TieStatus::Confirmed);
        QCOMPARE(reopened.tie(*reopened.findTie("serbia-buys-mig")).citations.at(0).grade.toString(),
                 std::string("A1"));
    }

    void theContextMenuOfAnEntityOffersItsActions()
    {
        GraphCanvas &canvas = m_window->canvas();
        const EntityId russia = guitest::entity(*m_window, "russia");
        canvas.fitAll();
        const QPoint at = canvas.mapFromScene(m_window->scene().position(russia));
        QSignalSpy merge(&m_window->recordActions(), &RecordActions::mergeRequested);
        QStringList offered;
        rightClick(canvas, at, [&offered](QMenu *menu) {
            offered = actionTexts(menu);
            screenshot("editing-context-menu");
            if (QAction *pin = actionNamed(menu, QStringLiteral("Pin")))
                pin->trigger();
        });
        QCOMPARE(m_window->viewState().selection(), Selection::of(russia)); // what was clicked
        for (const char *entry : {"Edit…", "Connect to…", "Merge with…", "What-if: Remove", "What-if: Sanction", "Pin",
                                  "Delete", "New Entity Here…"})
            QVERIFY2(offered.contains(QString::fromUtf8(entry)), entry);
        QVERIFY(m_window->viewState().isPinned(russia));

        rightClick(canvas, at, [](QMenu *menu) {
            if (QAction *action = actionNamed(menu, QStringLiteral("Merge with…")))
                action->trigger();
        });
        QCOMPARE(merge.count(), 1);
        QCOMPARE(merge.at(0).at(0).value<EntityId>(), russia);

        rightClick(canvas, at, [](QMenu *menu) {
            if (QAction *action = actionNamed(menu, QStringLiteral("Connect to…")))
                action->trigger();
        });
        auto *form = qobject_cast<TieForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        QCOMPARE(form->fromField()->entity(), russia);
        QVERIFY(form->toField()->text().isEmpty());
        form->reject();
    }

    void aCitationIsAddedToTheSelectedTie()
    {
        const TieId tie = guitest::tie(*m_window, "russia-makes-mig");
        m_window->viewState().select(tie);
        m_window->recordActions().newCitation->trigger();
        auto *form = qobject_cast<CitationForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        QTest::keyClicks(form->citation()->sourcePicker()->searchField(), QStringLiteral("a test"));
        QListWidget *sources = form->citation()->sourcePicker()->list();
        int shown = 0;
        for (int row = 0; row < sources->count(); ++row)
            shown += sources->item(row)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 1); // the search narrows the list
        sources->setCurrentRow(0);
        QTest::keyClicks(form->citation()->locatorField(), QStringLiteral("Annex B"));
        QVERIFY(!form->citation()->quoteField()->placeholderText().isEmpty());
        QTest::keyClicks(form->citation()->quoteField(), QStringLiteral("<b>Deliveries</b> began in 2019."));
        choose(form->citation()->reliabilityField(), QStringLiteral("A"));
        choose(form->citation()->credibilityField(), QStringLiteral("2"));
        screenshot("editing-citation");
        clickSave(form);
        QTRY_VERIFY(!m_window->recordActions().openForm());
        const Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        const Tie &saved = reopened.tie(*reopened.findTie("russia-makes-mig"));
        QCOMPARE(saved.citations.size(), std::size_t(2));
        QCOMPARE(saved.citations[1].locator, std::string("Annex B"));
        QCOMPARE(saved.citations[1].grade.toString(), std::string("A2"));
        QCOMPARE(saved.citations[1].quote, std::string("<b>Deliveries</b> began in 2019."));
        const QString details = detailsOf(tie);
        QVERIFY(details.contains(QStringLiteral("Annex B")));
        // Shown as the characters typed: markup in a quote is never interpreted.
        QVERIFY2(details.contains(QStringLiteral("Quote: “<b>Deliveries</b> began in 2019.”")), qPrintable(details));
    }

    void altDraggingFromOneEntityToAnotherStartsATie()
    {
        GraphCanvas &canvas = m_window->canvas();
        const EntityId serbia = guitest::entity(*m_window, "serbia");
        const EntityId nato = guitest::entity(*m_window, "nato");
        canvas.fitAll();
        const QPoint press = canvas.mapFromScene(m_window->scene().position(serbia));
        const QPoint release = canvas.mapFromScene(m_window->scene().position(nato));
        const QPointF before = m_window->scene().position(serbia);
        QTest::mousePress(canvas.viewport(), Qt::LeftButton, Qt::AltModifier, press);
        QTest::mouseMove(canvas.viewport(), (press + release) / 2);
        QTest::mouseMove(canvas.viewport(), release);
        QTest::mouseRelease(canvas.viewport(), Qt::LeftButton, Qt::AltModifier, release);
        auto *form = qobject_cast<TieForm *>(m_window->recordActions().openForm());
        QVERIFY(form);
        QCOMPARE(form->fromField()->entity(), serbia);
        QCOMPARE(form->toField()->entity(), nato);
        QCOMPARE(m_window->scene().position(serbia), before); // drawing a tie moves nothing
        form->reject();
    }

private:
    // A shortcut typed into the window. Without a window manager (offscreen, bare Xvfb) a
    // closed dialog does not hand the focus back, so the window takes it first.
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), key, modifiers);
    }

    std::string startOf(const char *key) const
    {
        const Dataset reopened = Store::open(m_db.toStdString(), Store::Mode::ReadOnly).load();
        const Tie &tie = reopened.tie(*reopened.findTie(key));
        return tie.start ? tie.start->toString() : std::string();
    }

    // The details panel for a tie, shown afresh.
    QString detailsOf(TieId tie) const
    {
        m_window->viewState().clearSelection();
        m_window->viewState().select(tie);
        return m_window->detailsDock().browser()->toPlainText();
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestRecordForms)
#include "tst_recordforms.moc"
