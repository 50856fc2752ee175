// SPDX-License-Identifier: MIT
// The pictures of the window in docs/ and the README that show the bundled data, taken from the
// real window (TIESCOPE_SCREENSHOT_DIR=docs under Xvfb saves them), so that they are retaken
// whenever the data or the window change, and each is checked for what its caption says.
// Without the variable the checks run and nothing is saved.
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

#include "app/analysiscontroller.h"
#include "app/analysisdock.h"
#include "app/analysisresultmodel.h"
#include "app/exposurechart.h"
#include "app/exposuredock.h"
#include "app/rangeslider.h"
#include "app/timedock.h"
#include "app/timelinedock.h"
#include "app/timelineview.h"
#include "app/viewstate.h"
#include "guitestsupport.h"
#include "model/dataset.h"
#include "model/partialdate.h"
#include "timeline/timelinelanes.h"

using namespace tiescope;

class DocPicturesTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    // Chooses from a combo box by its visible text, as a person does. False: not offered.
    [[nodiscard]] static bool choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        if (index >= 0)
            combo->setCurrentIndex(index);
        return index >= 0;
    }

    // Runs the analysis panel's question and waits for its answer.
    [[nodiscard]] bool analyse(AnalysisRequest::Kind kind, const QString &domain)
    {
        AnalysisDock &dock = m_window->analysisDock();
        if (!choose(dock.kind(), AnalysisRequest::label(kind)) || !choose(dock.domain(), domain))
            return false;
        dock.show();
        dock.raise();
        QTest::mouseClick(dock.runButton(), Qt::LeftButton);
        const AnalysisController &controller = m_window->analysisController();
        return QTest::qWaitFor([&controller] { return !controller.isRunning() && controller.hasResult(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        if (!guitest::bundledBuilt())
            QSKIP("the bundled database is not built");
    }

    void init()
    {
        const QString db = guitest::bundledCopy(m_dir, QStringLiteral("bundled-%1.db").arg(QTest::currentTestFunction()));
        QVERIFY(!db.isEmpty());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1600, 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(guitest::open(*m_window, db));
        QVERIFY(guitest::settle(*m_window));
    }

    void cleanup() { m_window.reset(); }

    // docs/analysis.png: Serbia's energy chains to Russia, the one through NIS and Gazprom Neft
    // highlighted on the canvas, the energy exposure below.
    void analysisPanelWithTheNisChainHighlighted()
    {
        QVERIFY(analyse(AnalysisRequest::Kind::Exposure, QStringLiteral("Energy")));
        m_window->exposureDock().show();
        m_window->exposureDock().raise();
        QVERIFY(!m_window->exposureDock().chart()->isEmpty());
        QVERIFY(analyse(AnalysisRequest::Kind::Chains, QStringLiteral("Energy")));
        const QAbstractItemModel *model = m_window->analysisDock().model();
        QModelIndex chain;
        for (int row = 0; row < model->rowCount() && !chain.isValid(); ++row) {
            const QString text = model->index(row, 0).data().toString();
            if (text.contains(QStringLiteral("NIS")) && text.contains(QStringLiteral("Gazprom Neft")))
                chain = model->index(row, 0);
        }
        QVERIFY(chain.isValid());
        m_window->analysisDock().results()->setCurrentIndex(chain);
        m_window->analysisDock().results()->expand(chain);
        QVERIFY(m_window->viewState().isHighlighted(guitest::entity(*m_window, "nis")));
        QVERIFY(m_window->viewState().isHighlighted(guitest::entity(*m_window, "gazprom-neft")));
        QVERIFY(guitest::settle(*m_window));
        QVERIFY(guitest::screenshot(*m_window, "analysis.png"));
    }

    // docs/exposure-bands.png: exposure of Serbia to Russia in every domain, certain, possible
    // and the band undated ties would add.
    void exposureOverTimeInEveryDomain()
    {
        QVERIFY(analyse(AnalysisRequest::Kind::Exposure, QStringLiteral("All domains")));
        ExposureDock &dock = m_window->exposureDock();
        dock.show();
        dock.raise();
        QVERIFY(!dock.chart()->isEmpty());
        QTRY_VERIFY(dock.chart()->isVisible());
        QVERIFY(guitest::screenshot(dock, "exposure-bands.png"));
    }

    // docs/timeline.png: the Timeline dock under the canvas, the window 2006–2020.
    void timelineWithTheWindow2006To2020()
    {
        m_window->timeDock().setWindow(PartialDate::parse("2006"), PartialDate::parse("2020"));
        QTRY_COMPARE(m_window->document().filter().from, PartialDate::parse("2006"));
        m_window->timelineDock().show();
        m_window->timelineDock().raise();
        QTRY_VERIFY(m_window->timelineDock().view().isVisible());
        TimelineView &view = m_window->timelineDock().view();
        view.showDays(daysFromCivil(1990, 1, 1), daysFromCivil(2027, 12, 31)); // the years most ties have
        QVERIFY(!view.lanes().lanes().empty());
        QVERIFY(view.frame().hasWindow);
        QVERIFY(guitest::settle(*m_window));
        QVERIFY(guitest::screenshot(*m_window, "timeline.png"));
    }

    // docs/time-undated.png: the time histogram with the undated ties' own bar and count.
    void timeHistogramWithItsUndatedBar()
    {
        const Dataset &data = m_window->document().dataset();
        const auto undated = std::count_if(data.ties().begin(), data.ties().end(),
                                           [](const Tie &tie) { return tie.isUndated(); });
        QVERIFY(undated > 0);
        TimeDock &dock = m_window->timeDock();
        dock.show();
        dock.raise();
        QTRY_VERIFY(dock.slider()->isVisible());
        QCOMPARE(dock.slider()->undatedCount(), static_cast<int>(undated));
        QVERIFY(!dock.slider()->undatedBarRect().isEmpty());
        QVERIFY(guitest::screenshot(dock, "time-undated.png"));
    }
};

QTEST_MAIN(DocPicturesTest)
#include "tst_docpictures.moc"
