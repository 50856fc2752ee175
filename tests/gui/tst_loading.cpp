// SPDX-License-Identifier: MIT
// Opening a database the way an analyst does, on a store big enough to take a moment: the
// window shows how far it got, keeps the data it showed until the new data is ready, and
// lets the person cancel or change their mind.
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QToolButton>
#include <QtTest>

#include "app/loadindicator.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "io/syntheticgenerator.h"
#include "render/graphscene.h"
#include "store/store.h"

using namespace tiescope;

namespace {

constexpr std::size_t BigEntities = 3000;
constexpr std::size_t BigTies = 30000;

} // namespace

class TestLoading final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        guitest::isolateSettings(m_dir);
        m_small = guifixture::writeStore(QDir(m_dir.path()));
        m_big = m_dir.filePath(QStringLiteral("big.db"));
        Store store = Store::open(m_big.toStdString(), Store::Mode::Create);
        store.write(SyntheticGenerator::generate({BigEntities, BigTies, 11}));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(guitest::open(*m_window, m_small));
        QVERIFY(guitest::settle(*m_window));
        m_indicator = m_window->findChild<LoadIndicator *>(QStringLiteral("loadIndicator"));
        QVERIFY(m_indicator);
        QVERIFY(!m_indicator->isVisible());
    }

    void cleanup() { m_window.reset(); }

    void openingAStoreShowsProgressAndEndsWithItsData()
    {
        QSignalSpy progress(&m_window->loader(), &DocumentLoader::progressed);
        QSignalSpy loaded(&m_window->loader(), &DocumentLoader::loaded);
        QSignalSpy replacing(&m_window->loader(), &DocumentLoader::replacing);
        m_window->openDatabase(m_big, false);

        // While it loads, the window says so and still shows the data it had.
        QVERIFY(m_window->loader().isLoading());
        QVERIFY(m_indicator->isVisible());
        QVERIFY2(m_indicator->text().contains(QStringLiteral("big.db")), qPrintable(m_indicator->text()));
        QCOMPARE(m_window->document().path(), QFileInfo(m_small).absoluteFilePath());
        QCOMPARE(m_window->document().dataset().info().title, std::string("GUI fixture"));

        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toString(), QFileInfo(m_big).absoluteFilePath());
        QCOMPARE(replacing.count(), 1); // the status bar said it was drawing before it did
        QVERIFY(!m_indicator->isVisible());
        QCOMPARE(m_window->document().dataset().entities().size(), BigEntities);
        QCOMPARE(m_window->document().dataset().ties().size(), BigTies);
        QCOMPARE(m_window->document().graph().tieCount(), BigTies);
        QCOMPARE(m_window->scene().positions().size(), BigEntities);
        QVERIFY2(m_window->statusCounts().contains(QStringLiteral("of %1 ties").arg(BigTies)),
                 qPrintable(m_window->statusCounts()));

        // Progress started at 0, said how far it had got on the way, never went back, and ended
        // full: a loader that jumps from 0 to 100 tells the person nothing while they wait.
        QStringList reported;
        bool between = false;
        for (qsizetype i = 0; i < progress.count(); ++i) {
            const int percent = progress.at(i).at(0).toInt();
            reported << QString::number(percent);
            between = between || (percent > 0 && percent < 100);
            if (i > 0)
                QVERIFY2(percent >= progress.at(i - 1).at(0).toInt(), qPrintable(reported.join(u' ')));
        }
        QCOMPARE(progress.first().at(0).toInt(), 0);
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QVERIFY2(between, qPrintable(reported.join(u' ')));
        m_window->layoutController().stop();
    }

    void aBadFileIsReportedByNameAndThePreviousDataStays()
    {
        const QString bad = m_dir.filePath(QStringLiteral("truncated.db"));
        QFile::remove(bad);
        QVERIFY(QFile::copy(m_big, bad));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3)); // cut off mid-table, as a failed copy leaves it
        file.close();

        QSignalSpy failed(&m_window->loader(), &DocumentLoader::failed);
        QSignalSpy aboutToReplace(&m_window->document(), &GraphDocument::aboutToReplace);
        m_window->openDatabase(bad, false);
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.at(0).at(0).toString(), QFileInfo(bad).absoluteFilePath());
        const QString why = failed.at(0).at(1).toString();
        QVERIFY2(why.startsWith(QFileInfo(bad).absoluteFilePath() + QStringLiteral(": ")), qPrintable(why));
        QVERIFY2(why.size() > QFileInfo(bad).absoluteFilePath().size() + 2, qPrintable(why)); // and says what is wrong
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("truncated.db")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!m_indicator->isVisible());
        QCOMPARE(aboutToReplace.count(), 0);
        QCOMPARE(m_window->document().path(), QFileInfo(m_small).absoluteFilePath());
        QCOMPARE(m_window->document().dataset().ties().size(), std::size_t{9});
        QVERIFY(m_window->scene().isShown(guitest::tie(*m_window, "serbia-buys-mig")));
    }

    void openingASecondStoreWhileOneLoadsEndsWithTheSecond()
    {
        const QString second = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("second.db"));
        QSignalSpy loaded(&m_window->loader(), &DocumentLoader::loaded);
        QSignalSpy cancelled(&m_window->loader(), &DocumentLoader::cancelled);
        m_window->openDatabase(m_big, false);
        m_window->openDatabase(second, false); // changed their mind before the first finished

        QVERIFY(loaded.wait(30000));
        QVERIFY(guitest::settle(*m_window, 30000));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(cancelled.at(0).at(0).toString(), QFileInfo(m_big).absoluteFilePath());
        QCOMPARE(loaded.count(), 1); // the big store never replaced anything
        QCOMPARE(loaded.at(0).at(0).toString(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(m_window->document().path(), QFileInfo(second).absoluteFilePath());
        QCOMPARE(m_window->document().dataset().ties().size(), std::size_t{9});
        QCOMPARE(m_window->scene().positions().size(), std::size_t{7});
        QVERIFY(!m_indicator->isVisible());
    }

    void cancellingKeepsThePreviousDataAndTheNextOpenWorks()
    {
        QSignalSpy cancelled(&m_window->loader(), &DocumentLoader::cancelled);
        QSignalSpy aboutToReplace(&m_window->document(), &GraphDocument::aboutToReplace);
        m_window->openDatabase(m_big, false);
        QVERIFY(m_indicator->cancelButton()->isVisible());
        QTest::mouseClick(m_indicator->cancelButton(), Qt::LeftButton);

        QVERIFY(cancelled.wait(30000));
        QCOMPARE(cancelled.at(0).at(0).toString(), QFileInfo(m_big).absoluteFilePath());
        QVERIFY(!m_window->loader().isLoading());
        QVERIFY(!m_indicator->isVisible());
        QCOMPARE(aboutToReplace.count(), 0);
        QCOMPARE(m_window->document().path(), QFileInfo(m_small).absoluteFilePath());
        QCOMPARE(m_window->scene().positions().size(), std::size_t{7});
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

        // Cancelling left nothing behind that stops the same store from opening.
        QVERIFY(guitest::open(*m_window, m_big, 30000));
        QCOMPARE(m_window->document().dataset().ties().size(), BigTies);
        m_window->layoutController().stop();
    }

    void aDatabaseGivenAtStartIsOpenedInsteadOfTheLastOne()
    {
        // The fixture was opened last (init); starting with the big store named opens that.
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        QSignalSpy loaded(&m_window->loader(), &DocumentLoader::loaded);
        m_window->restoreSession(m_big);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(m_window->document().path(), QFileInfo(m_big).absoluteFilePath());
        m_window->layoutController().stop();
    }

private:
    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;
    std::unique_ptr<MainWindow> m_window;
    LoadIndicator *m_indicator = nullptr;
};

QTEST_MAIN(TestLoading)
#include "tst_loading.moc"
