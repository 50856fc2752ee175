// SPDX-License-Identifier: MIT
// The Timeline dock in the real window: it shows what the canvas shows, a brush on it sets the
// date window the canvas follows, a click on a bar selects the tie everywhere and a tie
// selected on the canvas is emphasised on it, and play moves its cursor.
#include <functional>

#include <QCheckBox>
#include <QComboBox>
#include <QtTest>

#include "app/detailsdock.h"
#include "app/filterdock.h"
#include "app/graphcanvas.h"
#include "app/graphdocument.h"
#include "app/safetextbrowser.h"
#include "app/timedock.h"
#include "app/timelinedock.h"
#include "app/timelineview.h"
#include "app/viewstate.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "render/graphscene.h"
#include "render/timelinegeometry.h"

using namespace tiescope;

class TestTimeline final : public QObject
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
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(guitest::open(*m_window, m_db));
        QVERIFY(guitest::settle(*m_window));
        m_window->timelineDock().show();
        m_window->timelineDock().raise();
        QTRY_VERIFY(m_window->timelineDock().view().isVisible());
        QTRY_VERIFY(m_window->timelineDock().view().height() > 150);
    }

    void cleanup() { m_window.reset(); }

    void showsTheDatedTiesAndKeepsUndatedApart()
    {
        const TimelineLanes &lanes = m_window->timelineDock().view().lanes();
        QCOMPARE(lanes.undated().size(), std::size_t{2}); // russia-owns-gpn, russia-makes-mig
        QVERIFY(lanes.barsOf(guitest::tie(*m_window, "russia-owns-gpn")).empty());
        QVERIFY(!lanes.barsOf(guitest::tie(*m_window, "serbia-pfp")).empty());
        // Switching a domain off on the filter panel takes its ties off the timeline too.
        auto *energy = m_window->findChild<QCheckBox *>(QStringLiteral("domain:energy"));
        QVERIFY(energy);
        energy->click();
        QTRY_VERIFY(m_window->timelineDock().view().lanes().barsOf(guitest::tie(*m_window, "gpn-owns-nis")).empty());
        // Lanes per tie: one lane for each dated tie shown.
        m_window->timelineDock().laneBox()->setCurrentIndex(1);
        QCOMPARE(m_window->timelineDock().view().lanes().lanes().size(), m_window->document().view().visibleTieCount() -
                                                                           m_window->timelineDock().view().lanes().undated().size());
    }

    void brushingSetsTheWindowTheCanvasFollows()
    {
        TimelineView &view = m_window->timelineDock().view();
        view.showDays(daysFromCivil(1990, 1, 1), daysFromCivil(2030, 1, 1));
        const int y = static_cast<int>(TimelineGeometry::AxisHeight / 2); // a drag on the axis brushes
        const QPoint from(static_cast<int>(view.xOfDay(daysFromCivil(2010, 6, 1))), y);
        const QPoint to(static_cast<int>(view.xOfDay(daysFromCivil(2013, 6, 1))), y);
        QTest::mousePress(&view, Qt::LeftButton, {}, from);
        QTest::mouseMove(&view, (from + to) / 2);
        QTest::mouseMove(&view, to);
        QTest::mouseRelease(&view, Qt::LeftButton, {}, to);
        // The Time dock holds the one window; the filter and the canvas follow it.
        QCOMPARE(m_window->timeDock().from(), PartialDate::parse("2010"));
        QCOMPARE(m_window->timeDock().to(), PartialDate::parse("2013"));
        QTRY_COMPARE(m_window->document().filter().from, PartialDate::parse("2010"));
        const GraphScene &scene = m_window->scene();
        QVERIFY(!scene.isShown(guitest::tie(*m_window, "russia-serbia-intel"))); // 2015..2020
        QVERIFY(!scene.isShown(guitest::tie(*m_window, "serbia-buys-mig")));     // from 2017-10
        QVERIFY(scene.isShown(guitest::tie(*m_window, "serbia-pfp")));           // since 2006
        QVERIFY(m_window->statusCounts().contains(QString::number(m_window->document().view().visibleTieCount()) +
                                                  QStringLiteral(" of 9 ties")));
        QVERIFY(view.frame().hasWindow);
        QCOMPARE(view.frame().windowFirst, std::optional(daysFromCivil(2010, 1, 1)));
        QCOMPARE(view.frame().windowLast, std::optional(daysFromCivil(2013, 12, 31)));
        // A Shift-drag in the plot brushes too.
        const int row = static_cast<int>(TimelineGeometry::AxisHeight + TimelineGeometry::RowHeight * 2.5);
        const QPoint a(static_cast<int>(view.xOfDay(daysFromCivil(2000, 2, 1))), row);
        const QPoint b(static_cast<int>(view.xOfDay(daysFromCivil(2008, 2, 1))), row);
        QTest::mousePress(&view, Qt::LeftButton, Qt::ShiftModifier, a);
        QTest::mouseMove(&view, b);
        QTest::mouseRelease(&view, Qt::LeftButton, Qt::ShiftModifier, b);
        QCOMPARE(m_window->timeDock().from(), PartialDate::parse("2000"));
        QCOMPARE(m_window->timeDock().to(), PartialDate::parse("2008"));
    }

    void clickingABarSelectsTheTieEverywhere()
    {
        TimelineView &view = m_window->timelineDock().view();
        const TieId pfp = guitest::tie(*m_window, "serbia-pfp");
        view.reveal(pfp);
        const auto point = view.pointOf(pfp);
        QVERIFY(point);
        QCOMPARE(view.tieAt(*point), std::optional(pfp));
        QTest::mouseClick(&view, Qt::LeftButton, {}, point->toPoint());
        QCOMPARE(m_window->viewState().selection(), Selection::of(pfp));
        QVERIFY(m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("Section on serbia-pfp")));
        QVERIFY(view.frame().selected.count(pfp) == 1);
        // A click on empty timeline clears it.
        QTest::mouseClick(&view, Qt::LeftButton, {}, QPoint(view.width() - 5, view.height() / 2));
        QVERIFY(m_window->viewState().selection().isEmpty());
        QVERIFY(view.frame().selected.empty());
    }

    void aTieSelectedOnTheCanvasIsEmphasisedAndRevealed()
    {
        TimelineView &view = m_window->timelineDock().view();
        const TieId intel = guitest::tie(*m_window, "russia-serbia-intel");
        view.showDays(daysFromCivil(1700, 1, 1), daysFromCivil(1750, 1, 1)); // far from 2015..2020
        GraphCanvas &canvas = m_window->canvas();
        const QPointF middle = m_window->scene().tieMidpoint(intel);
        canvas.centerOn(middle);
        QTest::mouseClick(canvas.viewport(), Qt::LeftButton, {}, canvas.mapFromScene(middle));
        QCOMPARE(m_window->viewState().selection(), Selection::of(intel));
        QVERIFY(view.frame().selected.count(intel) == 1);
        QVERIFY(view.frame().lastDay >= daysFromCivil(2015, 1, 1)); // scrolled to it
        QVERIFY(view.pointOf(intel).has_value());
        QCOMPARE(view.tieAt(*view.pointOf(intel)), std::optional(intel));
    }

    void playMovesTheCursor()
    {
        TimelineView &view = m_window->timelineDock().view();
        QVERIFY(!view.frame().cursor);
        m_window->timeDock().togglePlay();
        QVERIFY(m_window->timeDock().isPlaying());
        QTRY_VERIFY(view.frame().cursor.has_value());
        const std::int32_t first = *view.frame().cursor;
        QTRY_VERIFY(view.frame().cursor && *view.frame().cursor > first);
        QCOMPARE(view.frame().cursor, std::optional(m_window->timeDock().to()->lastDay()));
        m_window->timeDock().togglePlay();
        QTRY_VERIFY(!view.frame().cursor.has_value());
    }

    // A hidden Timeline (closed, or a tab behind the Time dock, as it starts) builds no lanes when
    // the filter changes, so opening or filtering a big store does not wait for it; shown again,
    // it has the lanes of the filter now in force.
    void aHiddenTimelineIsBuiltWhenShownForTheFilterInForce()
    {
        auto *energy = m_window->findChild<QCheckBox *>(QStringLiteral("domain:energy"));
        QVERIFY(energy);
        const auto filterAndShow = [&](const std::function<void()> &hide) {
            hide();
            energy->click();
            QTRY_COMPARE(m_window->document().filter().domains.has_value(), !energy->isChecked());
            QVERIFY(m_window->timelineDock().view().lanes().lanes().empty()); // nothing built while hidden
            m_window->timelineDock().show();
            m_window->timelineDock().raise();
            QTRY_VERIFY(!m_window->timelineDock().view().lanes().lanes().empty());
        };
        // Closed, as the dock's close button or Panels > Timeline does: energy off.
        filterAndShow([this] { m_window->timelineDock().close(); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_window->timelineDock().view().lanes().barsOf(guitest::tie(*m_window, "gpn-owns-nis")).empty());
        // A tab behind the Time dock, as the window starts: energy on again.
        filterAndShow([this] { m_window->timeDock().raise(); });
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!m_window->timelineDock().view().lanes().barsOf(guitest::tie(*m_window, "gpn-owns-nis")).empty());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
