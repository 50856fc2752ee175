// SPDX-License-Identifier: MIT
// Schema 3, 4 and 5 on real schema-2 and schema-3 files (tests/fixtures/stores/small-v2.db and
// small-v3.db, written by the tiescope-cli that wrote those schemas) and the stable row ids
// schema 3 promises.
#include <filesystem>

#include <gtest/gtest.h>

#include "io/datasetreader.h"
#include "model/inputerror.h"
#include "store/store.h"
#include "storedump.h"
#include "tempdir.h"
#include "testfiles.h"

using namespace tiescope;
using fixtures::TempDir;
using fixtures::countRows;
using fixtures::dumpTables;

namespace {

const std::string V2Store = TIESCOPE_FIXTURES_DIR "/stores/small-v2.db";
const std::string V3Store = TIESCOPE_FIXTURES_DIR "/stores/small-v3.db";

std::string copyOf(const std::string &fixture, const TempDir &dir)
{
    const std::string path = dir.file(std::filesystem::path(fixture).filename().string());
    std::filesystem::copy_file(fixture, path);
    return path;
}

std::string copyOfV2(const TempDir &dir)
{
    return copyOf(V2Store, dir);
}

// Every audit row as text: a migration must keep the trail as it was.
std::string dumpHistory(const Store &store)
{
    std::string dump;
    for (const AuditEntry &entry : store.history())
        dump += entry.time + "|" + entry.author + "|" + entry.key + "|" + entry.before + "|" + entry.after + "\n";
    return dump;
}

// dumpTables of a file older than schema 5 as it reads once upgraded: every row as it was, the
// sources' new retrieved and archive_url and the citations' quote at their defaults.
std::string withSchema5Defaults(const std::string &dump)
{
    std::string result;
    std::string section;
    std::size_t start = 0;
    while (start < dump.size()) {
        const std::size_t end = dump.find('\n', start);
        const std::string line = dump.substr(start, end - start);
        start = end + 1;
        if (line.rfind("-- ", 0) == 0)
            section = line;
        const bool row = line.rfind("-- ", 0) != 0;
        const bool sources = section.find("FROM sources") != std::string::npos;
        const bool citations = section.find("FROM citations") != std::string::npos;
        result += line + (row && sources ? "|NULL|" : row && citations ? "|" : "") + "\n";
    }
    return result;
}

} // namespace

TEST(Migration, ReadOnlyReadsAVersion2FileAsItIs)
{
    TempDir dir;
    const std::string path = copyOfV2(dir);
    const std::string before = dumpTables(path);
    {
        const Store store = Store::open(path, Store::Mode::ReadOnly);
        EXPECT_EQ(store.schemaVersion(), 2);
        const Dataset data = store.load();
        EXPECT_EQ(data.entities().size(), 7U);
        EXPECT_EQ(data.ties().size(), 9U);
        EXPECT_TRUE(store.history().empty());
    }
    EXPECT_EQ(countRows(path, "PRAGMA user_version"), 2);
    EXPECT_EQ(countRows(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'changes'"), 0);
    EXPECT_EQ(dumpTables(path), before);
}

TEST(Migration, ReadWriteUpgradesVersion2ToTheCurrentSchemaKeepingEveryRow)
{
    TempDir dir;
    const std::string path = copyOfV2(dir);
    const std::string before = dumpTables(path);
    const Dataset original = Store::open(path, Store::Mode::ReadOnly).load();
    {
        Store store = Store::open(path, Store::Mode::ReadWrite);
        EXPECT_EQ(store.schemaVersion(), Store::SchemaVersion); // 2 -> 3 -> 4 -> 5 in one go
        EXPECT_TRUE(store.integrityProblems().empty());
        const Dataset data = store.load();
        ASSERT_EQ(data.ties().size(), original.ties().size());
        for (std::size_t i = 0; i < data.ties().size(); ++i) {
            EXPECT_EQ(data.ties()[i].key, original.ties()[i].key);
            EXPECT_EQ(data.ties()[i].rowId, static_cast<std::int64_t>(i) + 1);
            EXPECT_EQ(data.ties()[i].citations.size(), original.ties()[i].citations.size());
        }
    }
    EXPECT_EQ(countRows(path, "PRAGMA user_version"), Store::SchemaVersion);
    EXPECT_EQ(countRows(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'layout_positions'"), 1);
    EXPECT_EQ(dumpTables(path), withSchema5Defaults(before)); // every row survived, unchanged
    EXPECT_EQ(countRows(path, "SELECT count(*) FROM changes"), 0);
    EXPECT_EQ(countRows(path, "SELECT last_id FROM id_sequence WHERE table_name = 'ties'"), 9);
    EXPECT_EQ(countRows(path, "SELECT last_id FROM id_sequence WHERE table_name = 'citations'"),
              countRows(path, "SELECT max(id) FROM citations"));
    // The upgraded file takes edits and logs them.
    Store store = Store::open(path, Store::Mode::ReadWrite);
    ChangeSet edit("note");
    edit.update(RecordTable::Ties, "gpn-owns-nis", {{"note", "Edited after the upgrade."}});
    const ApplyResult result = store.apply(edit, "tester");
    ASSERT_TRUE(result.ok()) << result.problems.front().toString();
    EXPECT_EQ(store.history().size(), 1U);
}

TEST(Migration, ReadOnlyReadsAVersion3FileAsItIs)
{
    TempDir dir;
    const std::string path = copyOf(V3Store, dir);
    const std::string before = dumpTables(path);
    {
        const Store store = Store::open(path, Store::Mode::ReadOnly);
        EXPECT_EQ(store.schemaVersion(), 3);
        EXPECT_EQ(store.load().entities().size(), 6U); // eu was deleted in the fixture
        EXPECT_EQ(store.history().size(), 4U);
        EXPECT_TRUE(store.positions("force").empty());
        EXPECT_FALSE(store.lastLayout());
    }
    EXPECT_EQ(countRows(path, "PRAGMA user_version"), 3);
    EXPECT_EQ(countRows(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'layout_positions'"), 0);
    EXPECT_EQ(dumpTables(path), before);
}

TEST(Migration, ReadWriteUpgradesVersion3ToTheCurrentSchemaKeepingRowsTrailAndSequence)
{
    TempDir dir;
    const std::string path = copyOf(V3Store, dir);
    const std::string before = dumpTables(path);
    const std::string trail = dumpHistory(Store::open(path, Store::Mode::ReadOnly));
    ASSERT_FALSE(trail.empty());
    {
        Store store = Store::open(path, Store::Mode::ReadWrite);
        EXPECT_EQ(store.schemaVersion(), Store::SchemaVersion); // 3 -> 4 -> 5
        EXPECT_TRUE(store.integrityProblems().empty());
        EXPECT_EQ(dumpHistory(store), trail);
        EXPECT_TRUE(store.positions("force").empty());
    }
    EXPECT_EQ(countRows(path, "PRAGMA user_version"), Store::SchemaVersion);
    EXPECT_EQ(dumpTables(path), withSchema5Defaults(before));
    EXPECT_EQ(countRows(path, "SELECT last_id FROM id_sequence WHERE table_name = 'entities'"), 7);

    // The upgraded file keeps positions, and its sequence still never gives eu's id again.
    Store store = Store::open(path, Store::Mode::ReadWrite);
    const Dataset data = store.load();
    std::vector<StoredPosition> positions;
    for (const Entity &entity : data.entities())
        positions.push_back({entity.rowId, 1.5 * static_cast<double>(entity.rowId), -2.0, entity.rowId == 2});
    store.savePositions("force", positions);
    EXPECT_EQ(store.positions("force"), positions);
    EXPECT_EQ(store.lastLayout(), "force");
    ChangeSet add("add");
    add.add(RecordTable::Entities, {{"id", "hungary"}, {"name", "Hungary"}, {"kind", "state"}});
    const ApplyResult added = store.apply(add, "tester");
    ASSERT_TRUE(added.ok()) << added.problems.front().toString();
    EXPECT_EQ(store.load().entities().back().rowId, 8);
    EXPECT_EQ(dumpHistory(store).substr(0, trail.size()), trail);
}

TEST(Migration, UpgradedVersion3FileTakesRetrievedArchiveAndQuoteAndUndoesThem)
{
    TempDir dir;
    const std::string path = copyOf(V3Store, dir);
    const Dataset old = Store::open(path, Store::Mode::ReadOnly).load(); // read as schema 3: none of them
    ASSERT_FALSE(old.sources().empty());
    EXPECT_FALSE(old.sources()[0].retrieved);
    EXPECT_TRUE(old.sources()[0].archiveUrl.empty());

    Store store = Store::open(path, Store::Mode::ReadWrite);
    ASSERT_EQ(store.schemaVersion(), 5);
    const std::string upgraded = dumpTables(path);
    const std::string key = old.sources()[0].key;
    ChangeSet edit("archive");
    edit.update(RecordTable::Sources, key, {{"retrieved", "2025-10-09"}, {"archive_url", "https://archive.example/a"}});
    const ApplyResult applied = store.apply(edit, "tester");
    ASSERT_TRUE(applied.ok()) << applied.problems.front().toString();
    const Dataset data = store.load();
    const Source &source = data.source(*data.findSource(key));
    EXPECT_EQ(source.retrieved->toString(), "2025-10-09");
    EXPECT_EQ(source.archiveUrl, "https://archive.example/a");
    // The audit trail's before and after carry the new fields.
    const AuditEntry entry = store.history().back(); // oldest first: the edit just made is last
    EXPECT_EQ(entry.table, "sources");
    EXPECT_NE(entry.before.find("\"retrieved\":null"), std::string::npos) << entry.before;
    EXPECT_NE(entry.after.find("\"archive_url\":\"https://archive.example/a\""), std::string::npos) << entry.after;
    // The undo clears them again: the file is as the upgrade left it.
    const ApplyResult undone = store.apply(applied.inverse, "tester");
    ASSERT_TRUE(undone.ok()) << undone.problems.front().toString();
    EXPECT_EQ(dumpTables(path), upgraded);
}

TEST(StableIds, DeletingNeverRenumbersAndNewRowsNeverReuseAnId)
{
    TempDir dir;
    const std::string path = copyOfV2(dir);
    Store store = Store::open(path, Store::Mode::ReadWrite);
    const Dataset before = store.load();
    const std::int64_t lastTie = before.ties().back().rowId;

    ChangeSet removeLast("remove");
    removeLast.remove(RecordTable::Ties, before.ties().back().key);
    ASSERT_TRUE(store.apply(removeLast, "tester").ok());
    ChangeSet removeFirst("remove");
    removeFirst.remove(RecordTable::Ties, before.ties().front().key);
    ASSERT_TRUE(store.apply(removeFirst, "tester").ok());

    const Dataset after = store.load();
    ASSERT_EQ(after.ties().size(), before.ties().size() - 2);
    for (const Tie &tie : after.ties()) // the others keep their ids
        EXPECT_EQ(tie.rowId, before.tie(*before.findTie(tie.key)).rowId) << tie.key;

    ChangeSet add("add");
    nlohmann::ordered_json tie = {{"id", "new-tie"}, {"from", "serbia"}, {"to", "russia"}, {"domain", "energy"},
                                  {"relation", "owns"}, {"status", "confirmed"}};
    tie["citations"] = {{{"source", "src"}, {"reliability", "B"}, {"credibility", 2}}};
    add.add(RecordTable::Ties, tie);
    const ApplyResult added = store.apply(add, "tester");
    ASSERT_TRUE(added.ok()) << added.problems.front().toString();
    const Dataset withNew = store.load();
    EXPECT_EQ(withNew.tie(*withNew.findTie("new-tie")).rowId, lastTie + 1); // not the deleted last id again
}

TEST(StableIds, ReadOnlyStoreRefusesEdits)
{
    TempDir dir;
    const std::string path = copyOfV2(dir);
    Store store = Store::open(path, Store::Mode::ReadOnly);
    ChangeSet edit("x");
    edit.remove(RecordTable::Ties, "gpn-owns-nis");
    EXPECT_THROW((void)store.apply(edit, "tester"), InputError);
}

// Issue 11: tie dates became EDTF with no schema change. A schema-2 file's dates read as the
// same exact dates, a missing end as unknown (not open); EDTF text survives an upgraded store.
TEST(Migration, OlderStoreDatesReadAsExactEdtfAndNewFormsRoundTrip)
{
    TempDir dir;
    const std::string path = copyOfV2(dir);
    const Dataset data = Store::open(path, Store::Mode::ReadOnly).load();
    auto folder = DatasetReader::read(TIESCOPE_FIXTURES_DIR "/datasets/small");
    ASSERT_TRUE(folder.ok());
    ASSERT_EQ(data.ties().size(), folder.dataset.ties().size());
    std::size_t undated = 0;
    for (std::size_t i = 0; i < data.ties().size(); ++i) {
        const Tie &tie = data.ties()[i];
        EXPECT_EQ(tie.start, folder.dataset.ties()[i].start) << tie.key;
        EXPECT_EQ(tie.end, folder.dataset.ties()[i].end) << tie.key;
        for (const auto &date : {tie.start, tie.end}) {
            if (date) {
                EXPECT_TRUE(date->exact()) << tie.key;
            }
        }
        EXPECT_FALSE(tie.end && tie.end->isOpen()) << tie.key;
        undated += tie.isUndated() ? 1 : 0;
    }
    EXPECT_GT(undated, 0U);

    // The upgrade keeps the columns; EDTF text in them reads back as written.
    { Store upgraded = Store::open(path, Store::Mode::ReadWrite); }
    const std::string first = data.ties()[0].key;
    const std::string second = data.ties()[1].key;
    fixtures::rawExec(path, "UPDATE ties SET start_date = '[1914..1918]', end_date = '..' WHERE key = '" + first + "';"
                            "UPDATE ties SET start_date = '2014~', end_date = '20XX' WHERE key = '" + second + "';");
    const Dataset back = Store::open(path, Store::Mode::ReadOnly).load();
    EXPECT_EQ(back.ties()[0].start->toString(), "[1914..1918]");
    EXPECT_TRUE(back.ties()[0].end->isOpen());
    EXPECT_EQ(back.ties()[1].start->toString(), "2014~");
    EXPECT_EQ(back.ties()[1].end->toString(), "20XX");
    fixtures::rawExec(path, "UPDATE ties SET end_date = '2014~~' WHERE key = '" + second + "';");
    EXPECT_THROW((void)Store::open(path, Store::Mode::ReadOnly).load(), InputError);
}
