// SPDX-License-Identifier: MIT
// The window when its file is in trouble, and the picture the store keeps: another program
// edits the file (the reload offer), another file is renamed over it (the reload offer) or it is
// deleted (said once), the disk fills up, the file is made read-only or deleted under the window
// before an edit (a clear message, the window unchanged), and a laid-out store reopened shows
// the same picture without running a layout.
#include <filesystem>
#include <memory>

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "app/editcontroller.h"
#include "app/layoutkeeper.h"
#include "app/storewatcher.h"
#include "app/viewstate.h"
#include "edit/changeset.h"
#include "render/graphscene.h"
#include "fulldiskvfs.h"
#include "guifixture.h"
#include "guitestsupport.h"
#include "store/store.h"

using namespace tiescope;

namespace {

ChangeSet renameEntity(const char *key, const char *name)
{
    ChangeSet change("rename");
    change.update(RecordTable::Entities, key, {{"name", name}});
    return change;
}

QString nameIn(const MainWindow &window, const char *key)
{
    return QString::fromStdString(window.document().dataset().entity(guitest::entity(window, key)).name);
}

std::string nameOnDisk(const QString &path, const char *key)
{
    const Dataset data = Store::open(path.toStdString(), Store::Mode::ReadOnly).load();
    return data.entity(*data.findEntity(key)).name;
}

// The positions the store keeps for a layout, in the window's entity order.
std::vector<Point> keptPositions(const MainWindow &window, const std::string &layout)
{
    const std::vector<StoredPosition> kept =
        Store::open(window.document().path().toStdString(), Store::Mode::ReadOnly).positions(layout);
    std::vector<Point> positions;
    for (const Entity &entity : window.document().dataset().entities()) {
        for (const StoredPosition &row : kept) {
            if (row.entityRowId == entity.rowId)
                positions.push_back({row.x, row.y});
        }
    }
    return positions;
}

} // namespace

class TestStoreSafety final : public QObject
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
        m_db = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("%1.db").arg(++m_count));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(guitest::open(*m_window, m_db));
        QVERIFY(guitest::settle(*m_window));
    }

    void cleanup() { m_window.reset(); }

    void anotherProgramsEditIsOfferedForReload()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The window's own edit is not "another program".
        QVERIFY(m_window->editController().apply(renameEntity("nato", "NATO (this window)")).isEmpty());
        m_window->storeWatcher().check();
        QVERIFY(!m_window->storeWatcher().offer());

        Store other = Store::open(m_db.toStdString(), Store::Mode::ReadWrite);
        QVERIFY(other.apply(renameEntity("serbia", "Serbia (edited elsewhere)"), "other").ok());
        QTRY_VERIFY(m_window->storeWatcher().offer() && m_window->storeWatcher().offer()->isVisible());
        QMessageBox *offer = m_window->storeWatcher().offer();
        QVERIFY(offer->text().contains(QDir::toNativeSeparators(m_db)));
        QVERIFY(!offer->isModal());
        QCOMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia"));

        auto *reload = offer->findChild<QPushButton *>(QStringLiteral("reload"));
        QVERIFY(reload);
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_COMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia (edited elsewhere)"));
        QVERIFY(guitest::settle(*m_window));
        QCOMPARE(nameIn(*m_window, "nato"), QStringLiteral("NATO (this window)"));
        QVERIFY(!m_window->storeWatcher().offer());
    }

    void ignoringTheOfferAsksAgainOnlyForALaterChange()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        Store other = Store::open(m_db.toStdString(), Store::Mode::ReadWrite);
        QVERIFY(other.apply(renameEntity("serbia", "Serbia 2"), "other").ok());
        QTRY_VERIFY(m_window->storeWatcher().offer());
        QTest::mouseClick(m_window->storeWatcher().offer()->findChild<QPushButton *>(QStringLiteral("ignore")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->storeWatcher().offer());
        m_window->storeWatcher().check();
        QVERIFY(!m_window->storeWatcher().offer());
        m_window->activateWindow(); // back in the window once the box closed, as a window manager does
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(other.apply(renameEntity("serbia", "Serbia 3"), "other").ok());
        QTRY_VERIFY(m_window->storeWatcher().offer());
    }

    void aFileReplacedUnderTheWindowIsOfferedForReload()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // Another program writes a new store to the same name, as build-db, import or Save a
        // Copy do: a temporary file renamed over it. The window's data_version never changes.
        const QString other = guifixture::writeStore(QDir(m_dir.path()), QStringLiteral("other-%1.db").arg(m_count));
        {
            Store store = Store::open(other.toStdString(), Store::Mode::ReadWrite);
            QVERIFY(store.apply(renameEntity("serbia", "Serbia (new file)"), "other").ok());
        }
        std::filesystem::rename(other.toStdString(), m_db.toStdString());
        QTRY_VERIFY(m_window->storeWatcher().offer() && m_window->storeWatcher().offer()->isVisible());
        QMessageBox *offer = m_window->storeWatcher().offer();
        QVERIFY2(offer->text().contains(QStringLiteral("replaced")), qPrintable(offer->text()));
        QCOMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia"));
        auto *reload = offer->findChild<QPushButton *>(QStringLiteral("reload"));
        QVERIFY(reload);
        QTest::mouseClick(reload, Qt::LeftButton);
        QTRY_COMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia (new file)"));
        QVERIFY(guitest::settle(*m_window));
        QVERIFY(!m_window->storeWatcher().offer());
    }

    void aFileDeletedUnderTheWindowIsSaidOnceAndTheWindowKeepsItsData()
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(QFile::remove(m_db));
        QTRY_VERIFY(m_window->storeWatcher().offer() && m_window->storeWatcher().offer()->isVisible());
        QMessageBox *notice = m_window->storeWatcher().offer();
        QVERIFY2(notice->text().contains(QStringLiteral("deleted or moved")), qPrintable(notice->text()));
        QVERIFY(!notice->findChild<QPushButton *>(QStringLiteral("reload"))); // nothing there to reload
        QTest::mouseClick(notice->findChild<QPushButton *>(QStringLiteral("ignore")), Qt::LeftButton);
        QTRY_VERIFY(!m_window->storeWatcher().offer());
        m_window->storeWatcher().check();
        QVERIFY(!m_window->storeWatcher().offer()); // said once
        QCOMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia"));
    }

    void aFileMadeReadOnlyRefusesTheEditAndTheWindowStaysAsTheFile()
    {
        QVERIFY(m_window->editController().apply(renameEntity("nato", "NATO 1")).isEmpty());
        std::filesystem::permissions(m_db.toStdString(), std::filesystem::perms::owner_read);
        const QStringList problems = m_window->editController().apply(renameEntity("serbia", "Serbia (read-only)"));
        std::filesystem::permissions(m_db.toStdString(), std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.front().startsWith(m_db + QStringLiteral(": ")), qPrintable(problems.front()));
        QVERIFY2(problems.front().contains(QStringLiteral("has been made read-only; nothing was written")),
                 qPrintable(problems.front()));
        QCOMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia"));
        QCOMPARE(nameOnDisk(m_db, "serbia"), std::string("Serbia"));
        QCOMPARE(m_window->undoStack().count(), 2); // the layout and the first edit, not the refused one
    }

    void aFileDeletedUnderTheWindowRefusesTheEditWithoutACrash()
    {
        QVERIFY(m_window->editController().apply(renameEntity("nato", "NATO 1")).isEmpty());
        QVERIFY(QFile::remove(m_db));
        const QStringList problems = m_window->editController().apply(renameEntity("serbia", "Serbia (lost)"));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.front().contains(QStringLiteral("was deleted, moved or replaced")),
                 qPrintable(problems.front()));
        QCOMPARE(nameIn(*m_window, "serbia"), QStringLiteral("Serbia"));
        // The next attempt says the file is gone, and the window still shows what it had.
        const QStringList again = m_window->editController().apply(renameEntity("serbia", "Serbia (lost)"));
        QVERIFY2(again.value(0).contains(QStringLiteral("no such file")), qPrintable(again.value(0)));
        QCOMPARE(nameIn(*m_window, "nato"), QStringLiteral("NATO 1"));
    }

    void aFullDiskRefusesTheEditAndLeavesDatasetAndFileAsTheyWere()
    {
        // The window is reopened with the full-disk VFS in place, so every connection uses it.
        m_window.reset();
        fixtures::FullDiskVfs disk;
        {
            MainWindow window;
            window.show();
            QVERIFY(guitest::open(window, m_db));
            QVERIFY(guitest::settle(window));
            const std::size_t entities = window.document().dataset().entities().size();
            disk.fillAfter(0);
            ChangeSet many("many");
            for (int i = 0; i < 50; ++i)
                many.add(RecordTable::Entities, {{"id", "e-" + std::to_string(i)}, {"name", "E"}, {"kind", "state"}});
            const QStringList problems = window.editController().apply(many);
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.front().startsWith(m_db + QStringLiteral(": ")), qPrintable(problems.front()));
            QVERIFY2(problems.front().contains(QStringLiteral("the disk is full")), qPrintable(problems.front()));
            QCOMPARE(window.document().dataset().entities().size(), entities);
            QCOMPARE(window.viewState().entityCount(), entities);
            QVERIFY(disk.refusedWrites() > 0);
            disk.makeRoom();
            QVERIFY(window.editController().apply(renameEntity("serbia", "Serbia (room again)")).isEmpty());
            QCOMPARE(nameIn(window, "serbia"), QStringLiteral("Serbia (room again)"));
        }
        const Store store = Store::open(m_db.toStdString(), Store::Mode::ReadOnly);
        QVERIFY(store.integrityProblems().empty());
        QCOMPARE(store.load().entities().size(), std::size_t{7});
        QCOMPARE(store.history().size(), std::size_t{1});
    }

    void reopeningShowsTheKeptPictureWithoutALayout()
    {
        const QString layout = m_window->layoutController().current();
        QVERIFY(!layout.isEmpty());
        // Kept when the layout finished; a drag then moves and pins one entity in the store too.
        QTRY_COMPARE(keptPositions(*m_window, layout.toStdString()), m_window->viewState().positions());
        const EntityId nato = guitest::entity(*m_window, "nato");
        m_window->viewState().setPosition(nato, {123.0, -45.0});
        m_window->viewState().setPinned(nato, true);
        QTRY_COMPARE(keptPositions(*m_window, layout.toStdString())[nato.index()], (Point{123.0, -45.0}));
        const std::vector<Point> left = m_window->viewState().positions();
        const std::vector<std::uint8_t> pins = m_window->viewState().pins();
        QVERIFY(Store::open(m_db.toStdString(), Store::Mode::ReadOnly).history().empty()); // not an edit
        m_window.reset();

        MainWindow window;
        QSignalSpy layouts(&window.layoutController(), &LayoutController::started);
        window.show();
        QVERIFY(guitest::open(window, m_db));
        QVERIFY(guitest::settle(window));
        QCOMPARE(window.viewState().positions(), left);
        QCOMPARE(window.viewState().pins(), pins);
        QCOMPARE(window.scene().positions(), left);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(window.undoStack().count(), 0);
    }

    void theBundledStoreIsNeverWritten()
    {
        const QString bundled = QStringLiteral(TIESCOPE_BUNDLED_DB);
        if (!QFileInfo::exists(bundled))
            QSKIP("bundled store not built");
        const QDateTime before = QFileInfo(bundled).lastModified();
        QVERIFY(guitest::open(*m_window, bundled));
        QVERIFY(guitest::settle(*m_window));
        m_window->viewState().setPosition(EntityId(0), {1.0, 2.0});
        m_window->layoutKeeper().flush();
        QCOMPARE(QFileInfo(bundled).lastModified(), before);
        QVERIFY(Store::open(bundled.toStdString(), Store::Mode::ReadOnly)
                    .positions(m_window->layoutController().current().toStdString())
                    .empty());
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_count = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestStoreSafety)
#include "tst_storesafety.moc"
