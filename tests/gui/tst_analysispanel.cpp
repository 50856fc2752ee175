// SPDX-License-Identifier: MIT
// The dependency analysis panel, driven the way an analyst uses it: open the bundled data,
// pick Serbia and Russia, run, read the results, change the what-if, the filter, a snapshot.
#include <fstream>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include "app/analysiscontroller.h"
#include "app/analysisdock.h"
#include "app/analysisresultmodel.h"
#include "app/exposurechart.h"
#include "app/exposuredock.h"
#include "app/graphdocument.h"
#include "app/layoutcontroller.h"
#include "app/mainwindow.h"
#include "app/snapshotcontroller.h"
#include "filter/filterspec.h"
#include "guitestsupport.h"
#include "io/snapshotreader.h"
#include "io/syntheticgenerator.h"
#include "store/store.h"
#include "model/dataset.h"
#include "render/graphscene.h"

using namespace tiescope;

namespace {

struct Panel
{
    MainWindow *window;
    AnalysisDock *dock;
    AnalysisController *controller;
    ExposureChart *chart;
};

EntityId entity(const MainWindow &window, const char *key)
{
    return *window.document().dataset().findEntity(key);
}

// Chooses from a combo box the way a person does: by its visible text.
void choose(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    combo->setCurrentIndex(index);
}

} // namespace

class TestAnalysisPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    Panel open()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        [&] { QVERIFY(guitest::open(*m_window, QStringLiteral(TIESCOPE_BUNDLED_DB))); }();
        [&] { QVERIFY(QTest::qWaitFor([this] { return !m_window->layoutController().isRunning(); }, 20000)); }();
        auto *dock = m_window->findChild<AnalysisDock *>();
        auto *exposure = m_window->findChild<ExposureDock *>();
        return Panel{m_window.get(), dock, m_window->findChild<AnalysisController *>(), exposure ? exposure->chart() : nullptr};
    }

    // Clicks Run and waits for the answer, as a person waits for the panel.
    static bool runAndWait(const Panel &p)
    {
        QTest::mouseClick(p.dock->runButton(), Qt::LeftButton);
        return QTest::qWaitFor([&p] { return !p.controller->isRunning(); }, 20000);
    }

    static bool waitForRerun(const Panel &p)
    {
        QTest::qWait(20); // the re-run is queued
        return QTest::qWaitFor([&p] { return !p.controller->isRunning(); }, 20000);
    }

    static QString firstRow(const Panel &p)
    {
        return p.dock->model()->index(0, 0).data().toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        if (!QFileInfo::exists(QStringLiteral(TIESCOPE_BUNDLED_DB)))
            QSKIP("the bundled database was not built");
    }

    void cleanup() { m_window.reset(); }

    void energyChainRunsThroughNisAndGazpromNeft()
    {
        const Panel p = open();
        QVERIFY(p.dock && p.controller && p.chart);
        QAbstractItemModelTester tester(p.dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(p.dock->entityA()->currentText(), QStringLiteral("Serbia"));
        QCOMPARE(p.dock->entityB()->currentText(), QStringLiteral("Russia"));
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Chains));
        choose(p.dock->domain(), QStringLiteral("Energy"));
        QVERIFY(runAndWait(p));
        QVERIFY2(p.controller->hasResult(), qPrintable(p.dock->summary()));
        // The bundled data also records Russia's direct influence on Serbia's energy (one hop,
        // ranked first); the ownership chain through NIS and Gazprom Neft is listed with it.
        QModelIndex chain;
        for (int row = 0; row < p.dock->model()->rowCount() && !chain.isValid(); ++row) {
            const QString text = p.dock->model()->index(row, 0).data().toString();
            if (text.contains(QStringLiteral("NIS")) && text.contains(QStringLiteral("Gazprom Neft")))
                chain = p.dock->model()->index(row, 0);
        }
        QVERIFY2(chain.isValid(), qPrintable(firstRow(p)));
        QCOMPARE(chain.data().toString(), QStringLiteral("%1. Serbia → NIS → Gazprom Neft → Russia").arg(chain.row() + 1));
        // Its hops, each with its tie and citation.
        QCOMPARE(p.dock->model()->rowCount(chain), 3);
        for (int hop = 0; hop < 3; ++hop) {
            QVERIFY(!p.dock->model()->index(hop, 0, chain).data().toString().isEmpty());
            QVERIFY(p.dock->model()->index(hop, 2, chain).data().toString().startsWith(QLatin1Char('[')));
        }
        // The selected chain is shown on the canvas, the rest faint; one click clears it.
        p.dock->results()->setCurrentIndex(chain);
        QVERIFY(p.window->scene().isHighlighted(entity(*p.window, "nis")));
        QVERIFY(p.window->scene().isHighlighted(entity(*p.window, "gazprom-neft")));
        QVERIFY(!p.window->scene().isHighlighted(entity(*p.window, "nato")));
        // Selecting a hop highlights that hop only.
        p.dock->results()->setCurrentIndex(p.dock->model()->index(0, 0, chain));
        QVERIFY(p.window->scene().isHighlighted(entity(*p.window, "nis")));
        QVERIFY(!p.window->scene().isHighlighted(entity(*p.window, "russia")));
        QTest::mouseClick(p.dock->clearHighlightButton(), Qt::LeftButton);
        QVERIFY(!p.window->scene().hasHighlight());
    }

    void exposureChartShowsEnergyFrom2008()
    {
        const Panel p = open();
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Exposure));
        choose(p.dock->domain(), QStringLiteral("Energy"));
        QVERIFY(runAndWait(p));
        QVERIFY(!p.chart->isEmpty());
        const auto before = p.chart->value(QStringLiteral("Energy"), 2007);
        const auto after = p.chart->value(QStringLiteral("Energy"), 2010);
        QVERIFY(before && after);
        QCOMPARE(*before, 0.0);
        QVERIFY(*after > 0.0);

        // Exported as CSV (a row per year) and PNG, each written whole or not at all.
        const QString csv = m_dir.filePath(QStringLiteral("exposure.csv"));
        QString error;
        QVERIFY2(p.chart->exportCsv(csv, &error), qPrintable(error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.front(), QStringLiteral("year,Energy"));
        QVERIFY(lines.contains(QStringLiteral("2007,0.000000")));
        const QString png = m_dir.filePath(QStringLiteral("exposure.png"));
        QVERIFY2(p.chart->exportPng(png, QSize(800, 300), &error), qPrintable(error));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(800, 300));
        // The energy line is drawn in the energy colour.
        bool energyInk = false;
        for (int y = 0; y < image.height() && !energyInk; ++y) {
            for (int x = 0; x < image.width() && !energyInk; ++x)
                energyInk = image.pixelColor(x, y) == QColor(QStringLiteral("#d55e00"));
        }
        QVERIFY(energyInk);
        const QString nowhere = m_dir.filePath(QStringLiteral("missing/exposure.csv"));
        QVERIFY(!p.chart->exportCsv(nowhere, &error));
        QVERIFY(error.contains(QStringLiteral("missing")));
        QVERIFY(!QFileInfo::exists(nowhere));
    }

    void whatIfRemovingNisCutsTheEnergyChainAndClearRestores()
    {
        const Panel p = open();
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Chains));
        choose(p.dock->domain(), QStringLiteral("Energy"));
        QVERIFY(runAndWait(p));
        const int chainsBefore = p.dock->model()->rowCount();
        const QString before = firstRow(p);
        // Select NIS on the canvas, remove it in the panel.
        p.window->scene().setGraphSelection(GraphSelection::entity(entity(*p.window, "nis")));
        QVERIFY(p.dock->removeButton()->isEnabled());
        QVERIFY(p.dock->removeButton()->text().contains(QStringLiteral("NIS")));
        QTest::mouseClick(p.dock->removeButton(), Qt::LeftButton);
        QVERIFY(waitForRerun(p));
        QVERIFY(p.window->scene().isStruck(entity(*p.window, "nis")));
        for (int row = 0; row < p.dock->model()->rowCount(); ++row)
            QVERIFY(!p.dock->model()->index(row, 0).data().toString().contains(QStringLiteral("NIS")));
        QVERIFY(p.dock->model()->rowCount() < chainsBefore);
        // With Russia's direct energy influence removed too, no energy chain is left.
        const TieId direct = *p.window->document().dataset().findTie("russia-influences-serbia-energy");
        p.window->scene().setGraphSelection(GraphSelection::tie(direct));
        QTest::mouseClick(p.dock->removeButton(), Qt::LeftButton);
        QVERIFY(waitForRerun(p));
        QCOMPARE(p.dock->model()->rowCount(), 0);
        QVERIFY(p.dock->summary().startsWith(QStringLiteral("No dependency chain")));
        QVERIFY(p.chart->isEmpty()); // no exposure left in any year
        // Nothing was written: the document's data still has every tie of NIS.
        QVERIFY(p.window->document().view().isVisible(entity(*p.window, "nis")));

        QTest::mouseClick(p.dock->clearWhatIfButton(), Qt::LeftButton);
        QVERIFY(waitForRerun(p));
        QVERIFY(!p.window->scene().isStruck(entity(*p.window, "nis")));
        QCOMPARE(p.dock->model()->rowCount(), chainsBefore);
        QCOMPARE(firstRow(p), before);
    }

    void filterChangeRerunsTheShownResult()
    {
        const Panel p = open();
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Chains));
        choose(p.dock->domain(), QStringLiteral("All domains"));
        QVERIFY(runAndWait(p));
        const Dataset &data = p.window->document().dataset();
        const auto domainsUsed = [&p, &data] {
            std::set<std::string> used;
            for (int row = 0; row < p.dock->model()->rowCount(); ++row) {
                for (const TieId tie : p.dock->model()->row(p.dock->model()->index(row, 0))->ties)
                    used.insert(data.domain(data.tie(tie).domain).key);
            }
            return used;
        };
        QVERIFY(domainsUsed().count("energy") == 1);
        FilterSpec spec = p.window->document().filter();
        spec.domains = std::set<std::string>{"diplomacy"};
        p.window->document().setFilter(spec);
        QVERIFY(waitForRerun(p));
        const std::set<std::string> after = domainsUsed();
        QVERIFY(after.empty() || after == std::set<std::string>{"diplomacy"});
    }

    void rankingsAndCommunities()
    {
        const Panel p = open();
        QAbstractItemModelTester tester(p.dock->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::PageRank));
        QVERIFY(runAndWait(p));
        QVERIFY(p.dock->model()->rowCount() > 10);
        double previous = 2.0;
        for (int row = 0; row < p.dock->model()->rowCount(); ++row) {
            const double value = p.dock->model()->index(row, 1).data().toString().toDouble();
            QVERIFY(value <= previous);
            previous = value;
        }
        QVERIFY(!p.window->scene().entityFill(entity(*p.window, "serbia")).isValid());
        p.dock->communityColours()->setChecked(true);
        QVERIFY(waitForRerun(p));
        QVERIFY(p.window->scene().entityFill(entity(*p.window, "serbia")).isValid());
        QVERIFY(p.dock->summary().contains(QStringLiteral("communities")));
        p.dock->communityColours()->setChecked(false);
        QVERIFY(!p.window->scene().entityFill(entity(*p.window, "serbia")).isValid());
    }

    void cancelKeepsThePreviousResult()
    {
        // A network large enough that betweenness is still running when Cancel is clicked.
        const QString path = m_dir.filePath(QStringLiteral("large.db"));
        {
            Store store = Store::open(path.toStdString(), Store::Mode::Create);
            store.write(SyntheticGenerator::generate({3000, 15000, 7}));
        }
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(guitest::open(*m_window, path));
        m_window->layoutController().stop();
        const Panel p{m_window.get(), m_window->findChild<AnalysisDock *>(), m_window->findChild<AnalysisController *>(),
                      m_window->findChild<ExposureDock *>()->chart()};
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Degree));
        QVERIFY(runAndWait(p));
        const int degreeRows = p.dock->model()->rowCount();
        const QString degreeFirst = firstRow(p);
        QVERIFY(degreeRows > 0);

        QSignalSpy cancelled(p.controller, &AnalysisController::cancelled);
        QSignalSpy finished(p.controller, &AnalysisController::finished);
        choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Betweenness));
        QTest::mouseClick(p.dock->runButton(), Qt::LeftButton);
        QVERIFY(p.dock->cancelButton()->isEnabled());
        QTest::mouseClick(p.dock->cancelButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&p] { return !p.controller->isRunning(); }, 60000));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(p.dock->summary().startsWith(QStringLiteral("Cancelled")));
        QVERIFY(!p.dock->cancelButton()->isEnabled());
        QCOMPARE(p.dock->model()->rowCount(), degreeRows);
        QCOMPARE(firstRow(p), degreeFirst);
    }

    void snapshotRoundTripRestoresTheAnalysis()
    {
        const QString path = m_dir.filePath(QStringLiteral("analysis.json"));
        Snapshot::Analysis saved;
        {
            const Panel p = open();
            choose(p.dock->kind(), AnalysisRequest::label(AnalysisRequest::Kind::Exposure));
            choose(p.dock->domain(), QStringLiteral("Energy"));
            p.window->scene().setGraphSelection(GraphSelection::entity(entity(*p.window, "gazprom-neft")));
            QTest::mouseClick(p.dock->sanctionButton(), Qt::LeftButton);
            QVERIFY(runAndWait(p));
            saved = p.controller->toSnapshot();
            QString error;
            QVERIFY2(p.window->snapshotController().save(path, &error), qPrintable(error));
        }
        // The file carries it in view.analysis.
        std::ifstream in(path.toStdString());
        const Snapshot back = SnapshotReader::read(in, path.toStdString());
        QVERIFY(back.view && back.view->analysis);
        QCOMPARE(*back.view->analysis, saved);
        QCOMPARE(saved.kind, std::string("exposure"));
        QCOMPARE(saved.sanctionedEntities.count("gazprom-neft"), std::size_t(1));
        // A fresh window opening the snapshot runs the same analysis with the same what-if.
        const Panel p = open();
        QString error;
        QVERIFY2(p.window->snapshotController().open(path, &error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&p] { return !p.controller->isRunning(); }, 20000));
        QCOMPARE(p.dock->kind()->currentText(), AnalysisRequest::label(AnalysisRequest::Kind::Exposure));
        QCOMPARE(p.dock->domain()->currentText(), QStringLiteral("Energy"));
        QCOMPARE(p.dock->entityA()->currentText(), QStringLiteral("Serbia"));
        QCOMPARE(p.controller->toSnapshot(), saved);
        QVERIFY(p.controller->hasResult());
        QVERIFY(!p.chart->isEmpty());
        QVERIFY(p.dock->summary().contains(QStringLiteral("exposure")));

        // A snapshot naming what the open data lacks says so and keeps the rest.
        Snapshot::Analysis foreign = saved;
        foreign.a = "atlantis";
        QStringList problems;
        const AnalysisRequest request = p.controller->fromSnapshot(foreign, &problems);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.front().contains(QStringLiteral("atlantis")));
        QVERIFY(!request.a);
        QVERIFY(request.b);
    }
};

QTEST_MAIN(TestAnalysisPanel)
#include "tst_analysispanel.moc"
