// SPDX-License-Identifier: MIT
// What changed between two dates, in the window, driven as a person does: two dates typed in
// the Compare dock list the ties that began and ended between them, the canvas marks them (and
// widens its window to both), a row selects its tie, the list exports as CSV, an edit re-runs
// the comparison, and a malformed date is reported without a half-done result.
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "app/comparecontroller.h"
#include "app/comparedock.h"
#include "app/comparisonmodel.h"
#include "app/detailsdock.h"
#include "app/editcontroller.h"
#include "app/filtercontroller.h"
#include "app/safetextbrowser.h"
#include "app/graphcanvas.h"
#include "app/snapshotcontroller.h"
#include "app/viewstate.h"
#include "edit/changeset.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "io/snapshot.h"

using namespace tiescope;

class TestCompare final : public QObject
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
        m_window->compareDock().show();
        m_window->compareDock().raise();
    }

    void cleanup() { m_window.reset(); }

    void twoDatesListWhatBeganAndEndedAndTheCanvasMarksThem()
    {
        compare(QStringLiteral("2022"), QStringLiteral("2016")); // the later one first
        CompareDock &dock = m_window->compareDock();
        QCOMPARE(dock.aField()->text(), QStringLiteral("2016"));
        QCOMPARE(changes(), (std::map<QString, QString>{{QStringLiteral("serbia-buys-mig"), QStringLiteral("began")},
                                                         {QStringLiteral("russia-serbia-intel"), QStringLiteral("ended")}}));
        QVERIFY(dock.summary()->text().contains(QStringLiteral("1 began, 1 ended")));
        QVERIFY(dock.summary()->text().contains(QStringLiteral("2 undated left out")));

        const ViewState &state = m_window->viewState();
        QVERIFY(state.isHighlighted(guitest::tie(*m_window, "serbia-buys-mig")));
        QVERIFY(state.isHighlighted(guitest::entity(*m_window, "mig-29")));
        QVERIFY(state.isStruck(guitest::tie(*m_window, "russia-serbia-intel")));
        // The canvas's window spans both dates, so both ties are drawn.
        QCOMPARE(m_window->document().filter().from, PartialDate::parse("2016"));
        QCOMPARE(m_window->document().filter().to, PartialDate::parse("2022"));
        QVERIFY(m_window->document().view().isVisible(guitest::tie(*m_window, "russia-serbia-intel")));
        QVERIFY(m_window->document().view().isVisible(guitest::tie(*m_window, "serbia-buys-mig")));

        // A row selects its tie, and the details show it.
        dock.table()->selectRow(rowOf("russia-serbia-intel"));
        QTRY_VERIFY(m_window->viewState().selection().contains(guitest::tie(*m_window, "russia-serbia-intel")));
        QTRY_VERIFY(m_window->detailsDock().browser()->toPlainText().contains(QStringLiteral("2015 – 2020")));

        // Unticking the mark leaves the canvas as it was.
        guitest::click(dock.markCheck());
        QVERIFY(!state.hasHighlight());
        QVERIFY(!state.isStruck(guitest::tie(*m_window, "russia-serbia-intel")));
    }

    void theListExportsAsCsv()
    {
        compare(QStringLiteral("2016"), QStringLiteral("2022"));
        const QString path = m_dir.filePath(QStringLiteral("comparison.csv"));
        QString error;
        QVERIFY2(m_window->compareDock().exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("change,tie,from,to,domain,relation,dates,in 2016,in 2022\r\n")));
        QVERIFY(text.contains(QStringLiteral("began,serbia-buys-mig,Serbia,MiG-29,arms,procures,2017-10/,absent,")));
        QVERIFY(text.contains(QStringLiteral("ended,russia-serbia-intel,")));
    }

    void anEditReRunsTheComparison()
    {
        compare(QStringLiteral("2016"), QStringLiteral("2022"));
        QCOMPARE(changes().count(QStringLiteral("serbia-buys-mig")), std::size_t(1));
        ChangeSet edit("earlier purchase");
        edit.update(RecordTable::Ties, "serbia-buys-mig", {{"start", "2010"}});
        QCOMPARE(m_window->editController().apply(edit), QStringList());
        // Begun by 2010 and of unknown end, it may hold in both years: no longer a change.
        QTRY_COMPARE(changes().count(QStringLiteral("serbia-buys-mig")), std::size_t(0));
        QVERIFY(!m_window->viewState().isHighlighted(guitest::tie(*m_window, "serbia-buys-mig")));
    }

    void aMalformedDateIsReportedAndNothingIsMarked()
    {
        CompareDock &dock = m_window->compareDock();
        QVERIFY(!m_window->compareController().compare(QStringLiteral("2016"), QStringLiteral("soon")));
        QVERIFY(dock.summary()->text().contains(QStringLiteral("“soon” is not a date")));
        QCOMPARE(dock.model().rowCount(), 0);
        QVERIFY(!m_window->viewState().hasHighlight());
        QVERIFY(!m_window->document().filter().from);

        compare(QStringLiteral("2016"), QStringLiteral("2022"));
        QTest::mouseClick(clearButton(), Qt::LeftButton);
        QCOMPARE(dock.model().rowCount(), 0);
        QVERIFY(!m_window->viewState().hasHighlight());
        QVERIFY(!m_window->compareController().isActive());
    }

    void aSnapshotKeepsTheComparedDates()
    {
        compare(QStringLiteral("2016"), QStringLiteral("2020/2022"));
        const Snapshot saved = m_window->snapshotController().capture();
        QVERIFY(saved.view && saved.view->compare);
        QCOMPARE(saved.view->compare->a, std::string("2016"));
        QCOMPARE(saved.view->compare->b, std::string("2020/2022"));
        QCOMPARE(saved.view->pane, std::string("graph"));

        m_window->compareController().clear();
        m_window->filterController().setSpec(FilterSpec{});
        QVERIFY(!m_window->compareController().isActive());
        m_window->snapshotController().apply(saved);
        QVERIFY(m_window->compareController().isActive());
        QCOMPARE(m_window->compareDock().bField()->text(), QStringLiteral("2020/2022"));
        QCOMPARE(changes()[QStringLiteral("serbia-buys-mig")], QStringLiteral("began"));
        // The snapshot's own window comes back, not one widened again.
        QCOMPARE(m_window->document().filter().from, saved.filter.from);
        QCOMPARE(m_window->document().filter().to, saved.filter.to);
        QVERIFY(m_window->viewState().isHighlighted(guitest::tie(*m_window, "serbia-buys-mig")));

        // A snapshot without a comparison clears it.
        Snapshot plain = saved;
        plain.view->compare.reset();
        m_window->snapshotController().apply(plain);
        QVERIFY(!m_window->compareController().isActive());
        QVERIFY(!m_window->viewState().hasHighlight());
    }

    void onTheBundledDataTheWarYearsStandApart()
    {
        QVERIFY(guitest::open(*m_window, MainWindow::bundledDatabase()));
        QVERIFY(guitest::settle(*m_window));
        m_window->compareDock().raise();
        compare(QStringLiteral("2013"), QStringLiteral("2023"));
        const auto found = changes();
        QCOMPARE(found.at(QStringLiteral("serbia-takes-part-in-military-technical-agreement-2014")),
                 QStringLiteral("began"));
        QCOMPARE(found.at(QStringLiteral("war-in-ukraine-affects-serbia")), QStringLiteral("began"));
        QCOMPARE(found.at(QStringLiteral("russian-security-services-target-montenegro-before-nato-accession")),
                 QStringLiteral("ended"));
        // Undated ties never begin or end: counted apart.
        const auto &result = *m_window->compareController().result();
        QCOMPARE(result.undated + result.compared, m_window->document().dataset().ties().size()); // no other filter
        QVERIFY(result.undated > 0);
        for (const auto &row : result.rows)
            QVERIFY(!m_window->document().dataset().tie(row.tie).isUndated());
        if (qEnvironmentVariableIsSet("TIESCOPE_SCREENSHOT_DIR")) {
            m_window->resize(1600, 1000);
            QTRY_VERIFY(guitest::settle(*m_window));
            m_window->canvas().fitAll();
        }
        QVERIFY(guitest::screenshot(*m_window, "compare.png"));
    }

private:
    void compare(const QString &a, const QString &b)
    {
        CompareDock &dock = m_window->compareDock();
        dock.aField()->clear();
        dock.bField()->clear();
        QTest::keyClicks(dock.aField(), a);
        QTest::keyClicks(dock.bField(), b);
        QTest::mouseClick(dock.compareButton(), Qt::LeftButton);
        QTRY_VERIFY(m_window->compareController().isActive());
    }

    std::map<QString, QString> changes() const
    {
        const ComparisonModel &model = m_window->compareDock().model();
        std::map<QString, QString> found;
        for (int row = 0; row < model.rowCount(); ++row)
            found[model.index(row, 1).data().toString()] = model.index(row, 0).data().toString();
        return found;
    }

    int rowOf(const char *key) const
    {
        const ComparisonModel &model = m_window->compareDock().model();
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 1).data().toString() == QLatin1String(key))
                return row;
        }
        return -1;
    }

    QPushButton *clearButton() const
    {
        for (QPushButton *button : m_window->compareDock().findChildren<QPushButton *>()) {
            if (button->text() == QStringLiteral("Clear"))
                return button;
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    QString m_db;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestCompare)
#include "tst_compare.moc"
