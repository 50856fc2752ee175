// SPDX-License-Identifier: MIT
// File → Import… driven as an analyst drives it: pick a CSV pair, look at the mapping, see the
// dry run's counts (the same as ImportPlanner's) and a bad row, apply, undo, import again and
// find nothing to change; a column the guess does not know mapped by hand; a saved spec loaded
// again; a GEXF written by TieScope's own exporter read back as unchanged.
#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "app/importcolumnmap.h"
#include "app/importcontroller.h"
#include "app/importfilespage.h"
#include "app/importmappingpage.h"
#include "app/importplanmodel.h"
#include "app/importpreviewpage.h"
#include "app/importwizard.h"
#include "app/viewexportcontroller.h"
#include "guitestsupport.h"
#include "interchange/importfiles.h"
#include "interchange/importplanner.h"
#include "render/entityitem.h"
#include "render/graphscene.h"

using namespace tiescope;

namespace {

void write(const QString &path, const QByteArray &text)
{
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(out.write(text), text.size());
}

// Key, outcome and detail of every row: what two plans must agree on.
QStringList rowsOf(const ImportPlan &plan)
{
    QStringList rows;
    for (const ImportPlan::Row &row : plan.rows)
        rows << QString::fromStdString(row.table + " " + row.key + " " + ImportPlan::toString(row.outcome) + " " +
                                       row.detail);
    return rows;
}

} // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        if (!guitest::bundledBuilt())
            QSKIP("the bundled database is not built");
        // An editable copy of the bundled store, as File → Save a Copy As gives.
        const QString db = guitest::bundledCopy(m_dir, QStringLiteral("mine.db"));
        QVERIFY(!db.isEmpty());
        m_window = guitest::openWindow(db);
        QVERIFY(m_window);
        m_source = QString::fromStdString(m_window->document().dataset().sources().front().key);
        write(file("people.csv"), "ID,Name,Type,Country\n"
                                  "wiz-alpha,Alpha Holding,company,RS\n"
                                  "wiz-beta,\"Beta, Ltd.\",company,HU\n"
                                  "wiz-gamma,<b>Gamma</b> Person,person,\n");
        const std::string ties = "From,To,Relation,Domain,Start,Cites,Grade\n"
                                 "wiz-alpha,wiz-beta,controls,economy,2014,SOURCE,B2\n"
                                 "wiz-gamma,wiz-alpha,cooperates-with,economy,2019-06,SOURCE,C3\n"
                                 "wiz-beta,serbia,cooperates-with,energy,2021,SOURCE,B2\n";
        write(file("links.csv"), QString::fromStdString(ties).replace(QStringLiteral("SOURCE"), m_source).toUtf8());
    }

    void cleanupTestCase() { m_window.reset(); }

    // A test that failed half-way leaves no wizard to the next.
    void cleanup()
    {
        if (ImportWizard *wizard = m_window->importController().wizard())
            wizard->reject();
        QTRY_VERIFY(!m_window->importController().wizard());
    }

    void csvEntitiesAndTiesPreviewApplyAndOneUndoStep()
    {
        ImportWizard *wizardWindow = openWizard();
        QVERIFY(wizardWindow);
        ImportWizard &wizard = *wizardWindow;
        wizard.filesPage().entitiesField()->setText(file("people.csv"));
        wizard.filesPage().tiesField()->setText(file("links.csv"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        ImportMappingPage &mapping = wizard.mappingPage();
        // The guess: Source / Target would be from / to; here the headers say it plainly.
        QCOMPARE(mapping.tieColumns().combo("from")->currentText(), QStringLiteral("From"));
        QCOMPARE(mapping.tieColumns().combo("source")->currentText(), QStringLiteral("Cites"));
        QCOMPARE(mapping.entityColumns().combo("kind")->currentText(), QStringLiteral("Type"));
        QCOMPARE(mapping.tieColumns().combo("note")->currentIndex(), 0); // (not imported)
        // The first rows, as plain text (the cell's markup is not rendered).
        QTableWidget *sample = mapping.entityColumns().sample();
        QCOMPARE(sample->rowCount(), 3);
        QCOMPARE(sample->item(2, 1)->text(), QStringLiteral("<b>Gamma</b> Person"));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(guitest::screenshot(wizard, "import-mapping.png"));

        const ImportPlan expected = dryRunOf(wizard.spec());
        QCOMPARE(expected.entities.added, std::size_t{3});
        QCOMPARE(expected.ties.added, std::size_t{3});
        ImportPreviewPage *previewPage = toPreview(wizard);
        QVERIFY(previewPage);
        ImportPreviewPage &preview = *previewPage;
        QAbstractItemModelTester tester(&preview.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(preview.summary()->text().startsWith(QString::fromStdString(expected.summary())));
        QCOMPARE(rowsOf(preview.dryRun()->plan), rowsOf(expected));
        QCOMPARE(preview.model().rowCount(), int(expected.rows.size()));
        preview.outcomeFilter()->setCurrentIndex(preview.outcomeFilter()->findText(QStringLiteral("new")));
        QCOMPARE(preview.model().rowCount(), 6);
        preview.outcomeFilter()->setCurrentIndex(preview.outcomeFilter()->findText(QStringLiteral("unchanged")));
        QCOMPARE(preview.model().rowCount(), 0);
        QVERIFY(!preview.badRows()->isVisible());
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

        const int steps = m_window->undoStack().count();
        const std::size_t entities = m_window->document().dataset().entities().size();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!m_window->importController().wizard());
        QCOMPARE(m_window->undoStack().count(), steps + 1);
        const Dataset &data = m_window->document().dataset();
        QCOMPARE(data.entities().size(), entities + 3);
        QCOMPARE(data.entity(*data.findEntity("wiz-beta")).name, std::string("Beta, Ltd."));
        QVERIFY(data.findTie("wiz-beta-cooperates-with-serbia"));
        // The canvas draws them.
        const EntityItem *alpha = m_window->scene().entityItem(guitest::entity(*m_window, "wiz-alpha"));
        QVERIFY(alpha && alpha->isVisible());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Imported")));

        // One undo step takes all of it back; redo brings it again for the next tests.
        m_window->undoStack().undo();
        QCOMPARE(m_window->document().dataset().entities().size(), entities);
        QVERIFY(!m_window->document().dataset().findEntity("wiz-gamma"));
        QVERIFY(!m_window->document().dataset().findTie("wiz-beta-cooperates-with-serbia"));
        m_window->undoStack().redo();
        QVERIFY(m_window->document().dataset().findEntity("wiz-gamma"));
    }

    void theSameFilesAgainChangeNothing()
    {
        ImportWizard *wizardWindow = openWizard();
        QVERIFY(wizardWindow);
        ImportWizard &wizard = *wizardWindow;
        wizard.filesPage().entitiesField()->setText(file("people.csv"));
        wizard.filesPage().tiesField()->setText(file("links.csv"));
        wizard.next();
        ImportPreviewPage *previewPage = toPreview(wizard);
        QVERIFY(previewPage);
        ImportPreviewPage &preview = *previewPage;
        QVERIFY(preview.dryRun()->plan.changeSet.empty());
        QVERIFY2(preview.summary()->text().contains(QStringLiteral("Nothing to change")),
                 qPrintable(preview.summary()->text()));
        QVERIFY(preview.summary()->text().contains(QStringLiteral("3 unchanged")));
        const int steps = m_window->undoStack().count();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!m_window->importController().wizard());
        QCOMPARE(m_window->undoStack().count(), steps); // nothing written, nothing to undo
    }

    void aBadRowIsListedAndFinishWaitsForTheChoice()
    {
        // Two new ties, one whose start changed, one as it is, and one with a day February lacks.
        write(file("bad.csv"), QStringLiteral("From,To,Relation,Domain,Start,Cites,Grade\n"
                                              "wiz-alpha,serbia,controls,economy,2016,%1,B2\n"
                                              "wiz-alpha,wiz-beta,controls,economy,2015,%1,B2\n"
                                              "wiz-gamma,wiz-alpha,cooperates-with,economy,2019-06,%1,C3\n"
                                              "wiz-gamma,serbia,controls,economy,31.02.2016,%1,B2\n"
                                              "wiz-beta,serbia,controls,energy,2022-03,%1,A2\n")
                                   .arg(m_source)
                                   .toUtf8());
        ImportWizard *wizardWindow = openWizard();
        QVERIFY(wizardWindow);
        ImportWizard &wizard = *wizardWindow;
        wizard.filesPage().tiesField()->setText(file("bad.csv"));
        wizard.next();
        ImportPreviewPage *previewPage = toPreview(wizard);
        QVERIFY(previewPage);
        ImportPreviewPage &preview = *previewPage;
        QCOMPARE(preview.dryRun()->plan.badRows.size(), std::size_t{1});
        QTableWidget *bad = preview.badRows();
        QVERIFY(bad->isVisible());
        QCOMPARE(bad->rowCount(), 1);
        QCOMPARE(bad->item(0, 0)->text(), QStringLiteral("bad.csv"));
        QCOMPARE(bad->item(0, 1)->text(), QStringLiteral("5"));
        QCOMPARE(bad->item(0, 2)->text(), QStringLiteral("Start"));
        const ImportPlan::Counts ties = preview.dryRun()->plan.ties;
        QCOMPARE(ties.added, std::size_t{2});
        QCOMPARE(ties.updated, std::size_t{1});
        QCOMPARE(ties.unchanged, std::size_t{1});
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(guitest::screenshot(wizard, "import-wizard.png"));
        preview.applyValid()->setChecked(true);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!m_window->importController().wizard());
        QVERIFY(m_window->document().dataset().findTie("wiz-alpha-controls-serbia"));
        QVERIFY(!m_window->document().dataset().findTie("wiz-gamma-controls-serbia"));
        const Dataset &data = m_window->document().dataset();
        QCOMPARE(data.tie(*data.findTie("wiz-alpha-controls-wiz-beta")).start->toString(), std::string("2015"));
    }

    void nextSaysWhyItIsDisabledAndKeepsWhatWasChosen()
    {
        write(file("uncited.csv"), "Von,Nach,Relation,Domain\nwiz-beta,wiz-gamma,controls,economy\n");
        ImportWizard *wizardWindow = openWizard();
        QVERIFY(wizardWindow);
        ImportWizard &wizard = *wizardWindow;
        wizard.filesPage().tiesField()->setText(file("nowhere.csv"));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard.filesPage().problem().contains(QStringLiteral("nowhere.csv")));
        wizard.filesPage().tiesField()->setText(file("uncited.csv"));
        wizard.next();
        ImportMappingPage &mapping = wizard.mappingPage();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY2(mapping.problem().contains(QStringLiteral("From and To")), qPrintable(mapping.problem()));
        mapping.tieColumns().combo("from")->setCurrentText(QStringLiteral("Von"));
        mapping.tieColumns().combo("to")->setCurrentText(QStringLiteral("Nach"));
        QVERIFY2(mapping.problem().contains(QStringLiteral("no source")), qPrintable(mapping.problem()));
        QVERIFY(mapping.findChild<QLabel *>(QStringLiteral("mappingProblem"))->text() == mapping.problem());
        mapping.defaultSource()->setCurrentIndex(mapping.defaultSource()->findData(m_source));
        QVERIFY2(mapping.problem().contains(QStringLiteral("grade")), qPrintable(mapping.problem()));
        mapping.defaultReliability()->setCurrentIndex(mapping.defaultReliability()->findData(QStringLiteral("B")));
        mapping.defaultCredibility()->setCurrentIndex(mapping.defaultCredibility()->findData(2));
        QVERIFY2(mapping.problem().isEmpty(), qPrintable(mapping.problem()));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        // Back and on again: what was chosen stays.
        wizard.back();
        wizard.next();
        QCOMPARE(mapping.tieColumns().combo("from")->currentText(), QStringLiteral("Von"));
        QCOMPARE(mapping.defaultSource()->currentData().toString(), m_source);
        ImportPreviewPage *previewPage = toPreview(wizard);
        QVERIFY(previewPage);
        ImportPreviewPage &preview = *previewPage;
        QCOMPARE(preview.dryRun()->plan.ties.added, std::size_t{1});
        QCOMPARE(preview.dryRun()->spec.defaultGrade, std::string("B2"));
        wizard.reject();
        QTRY_VERIFY(!m_window->importController().wizard());
    }

    void aColumnTheGuessDoesNotKnowIsMappedByHandAndASavedSpecGivesTheSamePlan()
    {
        write(file("art.csv"), QStringLiteral("From,To,Art,Domain,Cites,Grade\n"
                                              "wiz-gamma,serbia,cooperates-with,politics,%1,A1\n")
                                   .arg(m_source)
                                   .toUtf8());
        ImportWizard *wizardWindow = openWizard();
        QVERIFY(wizardWindow);
        ImportWizard &wizard = *wizardWindow;
        wizard.filesPage().tiesField()->setText(file("art.csv"));
        wizard.next();
        QComboBox *relation = wizard.mappingPage().tieColumns().combo("relation");
        QCOMPARE(relation->currentIndex(), 0); // "Art" means nothing to the guess
        relation->setCurrentIndex(relation->findText(QStringLiteral("Art")));
        ImportPreviewPage *previewPage = toPreview(wizard);
        QVERIFY(previewPage);
        ImportPreviewPage &preview = *previewPage;
        const ImportPlan plan = preview.dryRun()->plan;
        QCOMPARE(plan.ties.added, std::size_t{1});
        QVERIFY(!plan.hasBadRows());
        const QString spec = m_dir.filePath(QStringLiteral("art.spec.json"));
        QString error;
        QVERIFY2(wizard.saveSpec(spec, &error), qPrintable(error));
        wizard.reject();
        QTRY_VERIFY(!m_window->importController().wizard());

        ImportWizard *againWindow = openWizard();
        QVERIFY(againWindow);
        ImportWizard &again = *againWindow;
        QVERIFY2(again.loadSpec(spec, &error), qPrintable(error));
        QCOMPARE(again.filesPage().tiesField()->text(), file("art.csv"));
        again.next();
        QCOMPARE(again.mappingPage().tieColumns().combo("relation")->currentText(), QStringLiteral("Art"));
        ImportPreviewPage *loadedPage = toPreview(again);
        QVERIFY(loadedPage);
        ImportPreviewPage &loaded = *loadedPage;
        QCOMPARE(rowsOf(loaded.dryRun()->plan), rowsOf(plan));
        QCOMPARE(loaded.dryRun()->plan.summary(), plan.summary());
        again.button(QWizard::FinishButton)->click();
        QTRY_VERIFY(!m_window->importController().wizard());
        const Dataset &data = m_window->document().dataset();
        const auto tie = data.findTie("wiz-gamma-cooperates-with-serbia");
        QVERIFY(tie);
        QCOMPARE(data.relation(data.tie(*tie).relation).key, std::string("cooperates-with"));
    }

    void aGexfOfTieScopesOwnExporterIsUnchanged()
    {
        const QString gexf = m_dir.filePath(QStringLiteral("view.gexf"));
        QString error;
        QVERIFY2(m_window->viewExport().exportTo(InterchangeExport::Format::Gexf, gexf, &error), qPrintable(error));
        ImportWizard *wizardWindow = openWizard();
        QVERIFY(wizardWindow);
        ImportWizard &wizard = *wizardWindow;
        QComboBox *format = wizard.filesPage().formatBox();
        format->setCurrentIndex(format->findData(QStringLiteral("gexf")));
        QVERIFY(!wizard.filesPage().entitiesField()->isVisible());
        wizard.filesPage().tiesField()->setText(gexf);
        wizard.next();
        QVERIFY(!wizard.mappingPage().tabs()->isVisible()); // attributes are mapped by name
        ImportPreviewPage *previewPage = toPreview(wizard);
        QVERIFY(previewPage);
        ImportPreviewPage &preview = *previewPage;
        const ImportPlan &plan = preview.dryRun()->plan;
        QVERIFY2(!plan.hasBadRows(), plan.badRows.empty() ? "" : plan.badRows.front().toString().c_str());
        QVERIFY2(plan.changeSet.empty(), qPrintable(rowsOf(plan).filter(QStringLiteral(" updated ")).join(u'\n')));
        const GraphView &view = m_window->document().view();
        QCOMPARE(plan.entities.unchanged, view.visibleEntityCount());
        QCOMPARE(plan.ties.unchanged, view.visibleTieCount());
        QVERIFY(preview.summary()->text().contains(QStringLiteral("Nothing to change")));
        wizard.reject();
        QTRY_VERIFY(!m_window->importController().wizard());
    }

private:
    QString file(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    // File → Import…, as a person opens it; null when it did not open.
    ImportWizard *openWizard()
    {
        for (QAction *action : m_window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&Import…"))
                action->trigger();
        }
        ImportWizard *wizard = m_window->importController().wizard();
        return wizard && QTest::qWaitForWindowExposed(wizard) ? wizard : nullptr;
    }

    // Next to the preview, and waits for the dry run to come back from the worker; null when
    // it did not.
    static ImportPreviewPage *toPreview(ImportWizard &wizard)
    {
        wizard.next();
        ImportPreviewPage &preview = wizard.previewPage();
        if (wizard.currentId() != ImportWizard::PreviewPageId)
            return nullptr;
        if (!QTest::qWaitFor([&preview] { return !preview.isRunning(); }, 20000))
            return nullptr;
        return preview.dryRun() ? &preview : nullptr;
    }

    // What the core plans for the same spec against the same data.
    ImportPlan dryRunOf(ImportSpec spec) const
    {
        const ImportRows rows = ImportFiles::read(spec);
        return ImportPlanner::plan(m_window->document().dataset(), rows, spec);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_source;
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
