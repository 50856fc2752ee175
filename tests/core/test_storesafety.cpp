// SPDX-License-Identifier: MIT
// The store under trouble: a second writer, edits made by another connection (data_version),
// a file made read-only or deleted under an open store, a disk that fills up mid-transaction;
// and the layout positions of schema 4. Each time: a clear message naming the file, and
// nothing half-written.
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "edit/changeset.h"
#include "model/inputerror.h"
#include "store/keptpicture.h"
#include "editfixture.h"
#include "fulldiskvfs.h"
#include "smallfixture.h"
#include "storedump.h"

using namespace tiescope;
using fixtures::countRows;
using fixtures::dumpTables;
using fixtures::EditFixture;

namespace {

ChangeSet renameSerbia(const char *name)
{
    ChangeSet change("rename");
    change.update(RecordTable::Entities, "serbia", {{"name", name}});
    return change;
}

// Many new entities: a change-set that needs many pages, so a full disk hits it mid-way.
ChangeSet manyEntities(int count)
{
    ChangeSet change("many");
    for (int i = 0; i < count; ++i)
        change.add(RecordTable::Entities, {{"id", "entity-" + std::to_string(i)},
                                           {"name", "Entity " + std::to_string(i) + std::string(200, 'x')},
                                           {"kind", "company"}});
    return change;
}

std::string nameOf(const std::string &path, const char *key)
{
    const Dataset data = Store::open(path, Store::Mode::ReadOnly).load();
    return data.entity(*data.findEntity(key)).name;
}

// Another program's open write transaction, as sqlite3's shell or a TieScope mid-apply holds it.
class WriteLockHolder final
{
public:
    explicit WriteLockHolder(const std::string &path)
    {
        sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr);
        EXPECT_EQ(sqlite3_exec(m_db, "BEGIN IMMEDIATE; UPDATE entities SET name = name", nullptr, nullptr, nullptr),
                  SQLITE_OK);
    }
    ~WriteLockHolder() { release(); }
    WriteLockHolder(const WriteLockHolder &) = delete;
    WriteLockHolder &operator=(const WriteLockHolder &) = delete;
    void release()
    {
        if (m_db)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(m_db);
        m_db = nullptr;
    }

private:
    sqlite3 *m_db = nullptr;
};

} // namespace

TEST(SecondWriter, WaitsThenSaysTheFileIsBeingEditedAndWritesNothing)
{
    EditFixture fixture;
    Store other = Store::open(fixture.path(), Store::Mode::ReadWrite);
    const std::string before = dumpTables(fixture.path());
    WriteLockHolder holder(fixture.path());
    try {
        (void)other.apply(renameSerbia("Serbia (second writer)"), "tester");
        FAIL() << "applied while another program held the write lock";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), fixture.path());
        EXPECT_EQ(error.problem(), "is being edited by another program; try again");
    }
    holder.release();
    EXPECT_EQ(dumpTables(fixture.path()), before);
    // Released: both writers' edits land, neither loses the other's.
    ASSERT_TRUE(other.apply(renameSerbia("Serbia (second writer)"), "tester").ok());
    ChangeSet russia("rename");
    russia.update(RecordTable::Entities, "russia", {{"name", "Russia (first writer)"}});
    ASSERT_TRUE(fixture.apply(russia).ok());
    EXPECT_EQ(nameOf(fixture.path(), "serbia"), "Serbia (second writer)");
    EXPECT_EQ(nameOf(fixture.path(), "russia"), "Russia (first writer)");
    EXPECT_EQ(fixture.store().history().size(), 2U);
}

TEST(DataVersion, ChangesForAnotherConnectionsCommitsOnly)
{
    EditFixture fixture;
    Store watcher = Store::open(fixture.path(), Store::Mode::ReadOnly);
    const long long start = watcher.dataVersion();
    const long long own = fixture.store().dataVersion();
    EXPECT_EQ(watcher.dataVersion(), start); // nothing happened
    ASSERT_TRUE(fixture.apply(renameSerbia("Serbia 2")).ok());
    EXPECT_EQ(fixture.store().dataVersion(), own); // its own commit
    const long long afterOther = watcher.dataVersion();
    EXPECT_NE(afterOther, start); // the other connection's commit
    Store second = Store::open(fixture.path(), Store::Mode::ReadWrite);
    ASSERT_TRUE(second.apply(renameSerbia("Serbia 3"), "tester").ok());
    EXPECT_NE(fixture.store().dataVersion(), own);
    EXPECT_NE(watcher.dataVersion(), afterOther);
}

TEST(FileTrouble, AFileMadeReadOnlyAfterOpeningRefusesEdits)
{
    EditFixture fixture;
    const std::string before = dumpTables(fixture.path());
    std::filesystem::permissions(fixture.path(),
                                 std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
    try {
        (void)fixture.apply(renameSerbia("Serbia (read-only)"));
        FAIL() << "edited a read-only file";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), fixture.path());
        EXPECT_EQ(error.problem(), "has been made read-only; nothing was written");
    }
    EXPECT_THROW(fixture.store().savePositions("force", {{1, 0.0, 0.0, false}}), InputError);
    std::filesystem::permissions(fixture.path(), std::filesystem::perms::owner_write,
                                 std::filesystem::perm_options::add);
    EXPECT_EQ(dumpTables(fixture.path()), before);
    EXPECT_TRUE(fixture.apply(renameSerbia("Serbia (writable again)")).ok());
}

TEST(FileTrouble, AFileDeletedUnderTheStoreRefusesEditsInsteadOfLosingThem)
{
    EditFixture fixture;
    std::filesystem::remove(fixture.path());
    try {
        (void)fixture.apply(renameSerbia("Serbia (lost)"));
        FAIL() << "wrote to a deleted file";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), fixture.path());
        EXPECT_EQ(error.problem(), "was deleted, moved or replaced since it was opened; nothing was written");
    }
    EXPECT_FALSE(std::filesystem::exists(fixture.path()));
}

TEST(FileTrouble, AFullDiskRollsBackTheWholeChangeSetAndSaysSo)
{
    fixtures::TempDir dir;
    const std::string path = dir.file("full.db");
    {
        const EditFixture seed; // a store of the small dataset, copied so the VFS opens it
        std::filesystem::copy_file(seed.path(), path);
    }
    const std::string before = dumpTables(path);
    {
        fixtures::FullDiskVfs disk;
        Store store = Store::open(path, Store::Mode::ReadWrite);
        for (const std::int64_t room : {std::int64_t{0}, std::int64_t{8192}}) {
            disk.fillAfter(room); // nothing, then two pages' worth: the disk fills mid-way
            try {
                (void)store.apply(manyEntities(300), "tester");
                FAIL() << "applied on a full disk";
            } catch (const InputError &error) {
                EXPECT_EQ(error.file(), path);
                EXPECT_NE(error.problem().find("the disk is full"), std::string::npos) << error.problem();
            }
        }
        EXPECT_GE(disk.refusedWrites(), 2);
        disk.makeRoom();
        // The same connection works again once there is room.
        EXPECT_TRUE(store.apply(renameSerbia("Serbia (room again)"), "tester").ok());
    }
    Store reopened = Store::open(path, Store::Mode::ReadOnly);
    EXPECT_TRUE(reopened.integrityProblems().empty());
    EXPECT_EQ(countRows(path, "SELECT count(*) FROM entities WHERE key LIKE 'entity-%'"), 0);
    EXPECT_EQ(reopened.history().size(), 1U);
    EXPECT_EQ(nameOf(path, "serbia"), "Serbia (room again)");
    EXPECT_NE(dumpTables(path), before);
}

TEST(LayoutPositions, SavedUpsertedAndReadBackByRowIdOutsideTheAuditTrail)
{
    EditFixture fixture;
    Store &store = fixture.store();
    EXPECT_FALSE(store.lastLayout());
    EXPECT_TRUE(store.positions("force").empty());
    const std::vector<StoredPosition> force = {{1, 10.0, 20.0, false}, {2, -5.5, 3.25, true}, {3, 0.0, 0.0, false}};
    store.savePositions("force", force);
    store.savePositions("circle", {{1, 1.0, 1.0, false}});
    EXPECT_EQ(store.positions("force"), force);
    EXPECT_EQ(store.lastLayout(), "circle");
    // A drag: one row changes, the others stay; the layout becomes the last one saved.
    store.savePositions("force", {{2, 7.0, 8.0, true}, {999, 1.0, 1.0, false}}); // 999: no such entity
    const std::vector<StoredPosition> dragged = {{1, 10.0, 20.0, false}, {2, 7.0, 8.0, true}, {3, 0.0, 0.0, false}};
    EXPECT_EQ(store.positions("force"), dragged);
    EXPECT_EQ(store.lastLayout(), "force");
    EXPECT_TRUE(store.history().empty());
    EXPECT_TRUE(store.integrityProblems().empty());
    // Deleting an entity drops its positions with it.
    ChangeSet remove("delete");
    remove.remove(RecordTable::Entities, store.load().entities()[1].key);
    ASSERT_TRUE(store.apply(remove, "tester").ok());
    EXPECT_EQ(store.positions("force"), (std::vector<StoredPosition>{{1, 10.0, 20.0, false}, {3, 0.0, 0.0, false}}));
    // Replacing the content replaces the window's memory of it too.
    store.write(store.load());
    EXPECT_FALSE(store.lastLayout());
    EXPECT_TRUE(store.positions("force").empty());
    EXPECT_TRUE(store.integrityProblems().empty());
}

TEST(LayoutPositions, TheKeptPictureCoversEveryEntityOrIsNotShown)
{
    EditFixture fixture;
    Store &store = fixture.store();
    const Dataset data = store.load();
    EXPECT_FALSE(KeptPicture::read(store, data)); // nothing kept yet
    std::vector<StoredPosition> rows;
    for (const Entity &entity : data.entities())
        rows.push_back({entity.rowId, static_cast<double>(entity.rowId) * 10.0, -1.0, entity.key == "nato"});
    store.savePositions("force", std::vector<StoredPosition>(rows.begin(), rows.end() - 1));
    EXPECT_FALSE(KeptPicture::read(store, data)); // one entity has no kept place
    store.savePositions("force", rows);
    const std::optional<KeptPicture> picture = KeptPicture::read(store, data);
    ASSERT_TRUE(picture);
    EXPECT_EQ(picture->layout, "force");
    ASSERT_EQ(picture->positions.size(), data.entities().size());
    for (std::size_t i = 0; i < data.entities().size(); ++i) {
        EXPECT_EQ(picture->positions[i], (Point{static_cast<double>(data.entities()[i].rowId) * 10.0, -1.0}));
        EXPECT_EQ(picture->pins[i], data.entities()[i].key == "nato" ? 1 : 0);
    }
}

// A crash right after a commit leaves the committed frames in the WAL beside the store. A new
// store renamed over that path (build-db, import, generate, Save a Copy) must not be read with
// the old file's WAL: it is folded into the old file before the rename (found by test_killpaths).
TEST(FileTrouble, ANewStoreRenamedOverACrashedOneIsNotReadWithItsJournal)
{
    fixtures::TempDir dir;
    const std::string path = dir.file("crashed.db");
    const std::string wal = path + "-wal";
    EditFixture older;
    older.store().saveCopy(path);
    // Commit in WAL mode and keep the WAL as a crash would (the close that folds it in never ran).
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db,
                           "PRAGMA journal_mode=WAL; UPDATE entities SET name = 'From the WAL' WHERE key = 'serbia'",
                           nullptr, nullptr, nullptr),
              SQLITE_OK);
    std::filesystem::copy_file(wal, dir.file("kept-wal"));
    sqlite3_close(db);
    std::filesystem::copy_file(dir.file("kept-wal"), wal, std::filesystem::copy_options::overwrite_existing);
    ASSERT_GT(std::filesystem::file_size(wal), 0u);

    const Dataset fresh = fixtures::makeSmallFixture();
    Store::create(path, fresh);
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    EXPECT_EQ(store.integrityProblems(), std::vector<std::string>{});
    const Dataset loaded = store.load();
    ASSERT_EQ(loaded.entities().size(), fresh.entities().size());
    EXPECT_EQ(loaded.entity(*loaded.findEntity("serbia")).name, "Serbia");
}
