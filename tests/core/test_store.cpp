// SPDX-License-Identifier: MIT
#include "store/store.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "io/syntheticgenerator.h"
#include "model/inputerror.h"
#include "store/loadcancelled.h"
#include "smallfixture.h"
#include "tempdir.h"
#include "testfiles.h"

using namespace tiescope;
using fixtures::TempDir;
using fixtures::rawExec;
using fixtures::readFile;
using fixtures::writeFile;

namespace {

void writeStore(const std::string &path, const Dataset &data)
{
    Store store = Store::open(path, Store::Mode::Create);
    store.write(data);
}

// The message of the InputError that opening and loading the path throws ("" if none).
std::string openError(const std::string &path, Store::Mode mode = Store::Mode::ReadOnly)
{
    try {
        const Store store = Store::open(path, mode);
        (void)store.load();
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), path);
        return error.what();
    }
    return {};
}

} // namespace

TEST(Store, RoundTripKeepsEveryField)
{
    TempDir dir;
    const Dataset original = fixtures::makeSmallFixture();
    Dataset withExtras = original;
    withExtras.addAlias(*withExtras.findEntity("nis"), "Naftna Industrija Srbije");
    Citation quoted = fixtures::cite(SourceId(0), "B2");
    quoted.quote = "NIS is majority-owned by Gazprom Neft.";
    withExtras.addCitation(*withExtras.findEntity("nis"), quoted);
    Source archived = withExtras.source(SourceId(0));
    archived.retrieved = PartialDate::parse("2025-10");
    archived.archiveUrl = "https://archive.example/src";
    withExtras.setSource(SourceId(0), archived);
    writeStore(dir.file("s.db"), withExtras);

    const Store store = Store::open(dir.file("s.db"), Store::Mode::ReadOnly);
    EXPECT_EQ(store.schemaVersion(), Store::SchemaVersion);
    const Dataset loaded = store.load();
    EXPECT_EQ(loaded.info().title, "Fixture");
    ASSERT_EQ(loaded.entities().size(), original.entities().size());
    ASSERT_EQ(loaded.ties().size(), original.ties().size());
    const Entity &nis = loaded.entity(*loaded.findEntity("nis"));
    EXPECT_EQ(nis.aliases, std::vector<std::string>{"Naftna Industrija Srbije"});
    ASSERT_EQ(nis.citations.size(), 1U);
    EXPECT_EQ(nis.citations[0].quote, "NIS is majority-owned by Gazprom Neft.");
    EXPECT_EQ(loaded.source(SourceId(0)).retrieved, PartialDate::parse("2025-10")); // a month stays a month
    EXPECT_EQ(loaded.source(SourceId(0)).archiveUrl, "https://archive.example/src");
    for (std::size_t i = 0; i < original.ties().size(); ++i) {
        const Tie &a = original.ties()[i];
        const Tie &b = loaded.ties()[i];
        EXPECT_EQ(a.key, b.key);
        EXPECT_EQ(a.from, b.from);
        EXPECT_EQ(a.to, b.to);
        EXPECT_EQ(a.domain, b.domain);
        EXPECT_EQ(a.start, b.start) << a.key; // precision survives: "2017-10" stays a month
        EXPECT_EQ(a.end, b.end);
        EXPECT_EQ(a.status, b.status);
        ASSERT_EQ(b.citations.size(), 1U);
        EXPECT_EQ(a.citations[0].grade, b.citations[0].grade);
        EXPECT_EQ(a.citations[0].locator, b.citations[0].locator);
    }
    EXPECT_EQ(loaded.relation(*loaded.findRelation("procures")).dependent, Dependence::From);
    EXPECT_DOUBLE_EQ(loaded.relation(*loaded.findRelation("owns")).defaultStrength, 0.9);
    EXPECT_TRUE(store.integrityProblems().empty());
}

TEST(Store, MarksTheFileAsTieScopes)
{
    TempDir dir;
    writeStore(dir.file("s.db"), fixtures::makeSmallFixture());
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(dir.file("s.db").c_str(), &db), SQLITE_OK);
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &statement, nullptr);
    ASSERT_EQ(sqlite3_step(statement), SQLITE_ROW);
    EXPECT_EQ(sqlite3_column_int(statement, 0), Store::ApplicationId);
    sqlite3_finalize(statement);
    sqlite3_close(db);
}

TEST(Store, FailedWriteLeavesThePreviousContent)
{
    TempDir dir;
    writeStore(dir.file("s.db"), fixtures::makeSmallFixture());
    Dataset broken = fixtures::makeSmallFixture();
    broken.addCitation(TieId(0), Citation{SourceId(42), "nowhere", *Grade::parse("B2")}); // no such source
    {
        Store store = Store::open(dir.file("s.db"), Store::Mode::ReadWrite);
        EXPECT_THROW(store.write(broken), InputError);
    }
    const Dataset loaded = Store::open(dir.file("s.db"), Store::Mode::ReadOnly).load();
    EXPECT_EQ(loaded.ties().size(), 9U);
    EXPECT_EQ(loaded.ties()[0].citations.size(), 1U);
}

// The big tables are written with SQLite's per-row checks off (for speed), so
// the writer's own check must still reject what the schema would: a dangling
// entity, a strength outside 0..1. The small tables keep SQLite's CHECKs (a
// domain colour that is not #rrggbb).
TEST(Store, WriteRejectsWhatTheSchemaForbids)
{
    TempDir dir;
    const auto writeError = [&dir](const Dataset &data) -> std::string {
        std::filesystem::remove(dir.file("w.db"));
        try {
            writeStore(dir.file("w.db"), data);
        } catch (const InputError &error) {
            EXPECT_EQ(error.file(), dir.file("w.db"));
            return error.what();
        }
        return {};
    };
    Dataset dangling = fixtures::makeSmallFixture();
    Tie tie = dangling.ties()[0];
    tie.key = "to-nowhere";
    tie.to = EntityId(99);
    dangling.addTie(tie);
    EXPECT_NE(writeError(dangling).find("\"to-nowhere\" refers to a row that does not exist"), std::string::npos);

    Dataset strong = fixtures::makeSmallFixture();
    tie = strong.ties()[0];
    tie.key = "too-strong";
    tie.strength = 1.5;
    strong.addTie(tie);
    EXPECT_NE(writeError(strong).find("\"too-strong\" has a strength outside 0..1"), std::string::npos);

    Dataset badColour = fixtures::makeSmallFixture();
    badColour.addDomain(Domain{"space", "Space", "blue"});
    EXPECT_NE(writeError(badColour), "");

    EXPECT_EQ(writeError(fixtures::makeSmallFixture()), "");
}

TEST(Store, MigratesVersion1WhenOpenedForWriting)
{
    TempDir dir;
    const std::string path = dir.file("old.db");
    rawExec(path, readFile(TIESCOPE_FIXTURES_DIR "/schema-v1.sql") +
                      "INSERT INTO domains VALUES (1, 'energy', 'Energy', '#aa3300');"
                      "INSERT INTO entity_kinds VALUES (1, 'state', 'State');"
                      "INSERT INTO relation_types VALUES (1, 'supplies', 'supplies', '', 1);"
                      "INSERT INTO sources VALUES (1, 'src', 'A source', '', '', '2025', 'article', '');"
                      "INSERT INTO entities VALUES (1, 'a', 'A', 1, '', ''), (2, 'b', 'B', 1, '', '');"
                      "INSERT INTO ties VALUES (1, 't', 1, 2, 1, 1, '2008', NULL, 'confirmed', 'note');"
                      "INSERT INTO citations VALUES (1, 1, 1, NULL, 'Economic ties', 'B', 2);");
    // Read-only: read as version 1, nothing written.
    {
        const Store store = Store::open(path, Store::Mode::ReadOnly);
        EXPECT_EQ(store.schemaVersion(), 1);
        const Dataset data = store.load();
        EXPECT_EQ(data.relations()[0].dependent, Dependence::None);
        EXPECT_FALSE(data.ties()[0].strength);
    }
    EXPECT_EQ(Store::open(path, Store::Mode::ReadOnly).schemaVersion(), 1);
    // Read-write: upgraded in place, data kept, new columns usable.
    {
        Store store = Store::open(path, Store::Mode::ReadWrite);
        EXPECT_EQ(store.schemaVersion(), Store::SchemaVersion); // 1 -> 2 -> 3 -> 4 in one go
        Dataset data = store.load();
        EXPECT_EQ(data.ties()[0].key, "t");
        EXPECT_EQ(data.ties()[0].citations.at(0).locator, "Economic ties");
        EXPECT_TRUE(store.integrityProblems().empty());
    }
    rawExec(path, "UPDATE ties SET strength = 0.8; UPDATE relation_types SET dependent = 'to';");
    const Dataset upgraded = Store::open(path, Store::Mode::ReadOnly).load();
    EXPECT_DOUBLE_EQ(*upgraded.ties()[0].strength, 0.8);
    EXPECT_EQ(upgraded.relations()[0].dependent, Dependence::To);
}

namespace {

// A store big enough that loading it crosses many progress checkpoints.
std::string writeGeneratedStore(const TempDir &dir)
{
    const std::string path = dir.file("big.db");
    writeStore(path, SyntheticGenerator::generate({2000, 20000, 3}));
    return path;
}

// How many times a full load of the store reports progress.
std::size_t fullLoadReports(const Store &store)
{
    std::size_t count = 0;
    LoadControl control;
    control.progress = [&count](double) { ++count; };
    (void)store.load(control);
    return count;
}

} // namespace

TEST(StoreLoadProgress, RisesMonotonicallyAndEndsAtOne)
{
    TempDir dir;
    const std::string path = writeGeneratedStore(dir);
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    std::vector<double> reports;
    LoadControl control;
    control.progress = [&reports](double fraction) { reports.push_back(fraction); };
    const Dataset loaded = store.load(control);

    EXPECT_EQ(loaded.entities().size(), 2000U);
    EXPECT_EQ(loaded.ties().size(), 20000U);
    // Reported along the way, not just at both ends: 22,000+ rows in steps of a few thousand.
    ASSERT_GE(reports.size(), 5U);
    EXPECT_DOUBLE_EQ(reports.front(), 0.0);
    EXPECT_DOUBLE_EQ(reports.back(), 1.0);
    for (std::size_t i = 1; i < reports.size(); ++i) {
        EXPECT_GE(reports[i], reports[i - 1]) << "report " << i;
        EXPECT_LE(reports[i], 1.0);
    }
    // The middle reports are real fractions, not 0 until a jump to 1 at the end.
    EXPECT_GT(reports[reports.size() / 2], 0.1);
    EXPECT_LT(reports[reports.size() / 2], 0.9);
}

TEST(StoreLoadProgress, CancelStopsTheLoadWithoutAResult)
{
    TempDir dir;
    const std::string path = writeGeneratedStore(dir);
    const Store store = Store::open(path, Store::Mode::ReadOnly);
    std::atomic<bool> cancel{false};
    std::vector<double> reports;
    LoadControl control;
    control.cancel = &cancel;
    // Raised part-way, as the window's Cancel button does from another thread.
    control.progress = [&](double fraction) {
        reports.push_back(fraction);
        if (fraction > 0.3)
            cancel.store(true);
    };
    EXPECT_THROW((void)store.load(control), LoadCancelled);
    ASSERT_FALSE(reports.empty());
    EXPECT_LT(reports.back(), 1.0); // never claimed to be done
    // It stopped at the next checkpoint, not after reading everything.
    EXPECT_LT(reports.size(), fullLoadReports(store) - 1);

    // Nothing about the store changed: the same handle loads it in full afterwards.
    cancel.store(false);
    control.progress = nullptr;
    EXPECT_EQ(store.load(control).ties().size(), 20000U);
}

TEST(StoreLoadProgress, CancelledBeforeTheStartReadsNothing)
{
    TempDir dir;
    writeStore(dir.file("s.db"), fixtures::makeSmallFixture());
    const Store store = Store::open(dir.file("s.db"), Store::Mode::ReadOnly);
    const std::atomic<bool> cancel{true};
    bool reported = false;
    LoadControl control;
    control.cancel = &cancel;
    control.progress = [&reported](double) { reported = true; };
    EXPECT_THROW((void)store.load(control), LoadCancelled);
    EXPECT_FALSE(reported);
}

TEST(StoreLoadProgress, ASmallStoreStillEndsAtOne)
{
    TempDir dir;
    writeStore(dir.file("s.db"), fixtures::makeSmallFixture());
    std::vector<double> reports;
    LoadControl control;
    control.progress = [&reports](double fraction) { reports.push_back(fraction); };
    const Dataset loaded = Store::open(dir.file("s.db"), Store::Mode::ReadOnly).load(control);
    EXPECT_EQ(loaded.ties().size(), fixtures::makeSmallFixture().ties().size());
    ASSERT_FALSE(reports.empty());
    EXPECT_DOUBLE_EQ(reports.back(), 1.0);
}

TEST(StoreBadInput, MissingFile)
{
    TempDir dir;
    EXPECT_NE(openError(dir.file("nope.db")).find("no such file"), std::string::npos);
}

TEST(StoreBadInput, Directory)
{
    TempDir dir;
    EXPECT_NE(openError(dir.path().string()).find("is a directory"), std::string::npos);
}

TEST(StoreBadInput, NotSqlite)
{
    TempDir dir;
    writeFile(dir.file("notes.db"), "These are my notes, not a database.\n" + std::string(2000, 'x'));
    EXPECT_NE(openError(dir.file("notes.db")).find("not a SQLite database"), std::string::npos);
    EXPECT_EQ(readFile(dir.file("notes.db")).substr(0, 10), "These are "); // untouched
}

TEST(StoreBadInput, EmptyFile)
{
    TempDir dir;
    writeFile(dir.file("empty.db"), "");
    EXPECT_NE(openError(dir.file("empty.db")).find("not a TieScope store"), std::string::npos);
}

TEST(StoreBadInput, OtherSqliteDatabase)
{
    TempDir dir;
    rawExec(dir.file("other.db"), "CREATE TABLE songs (title TEXT); INSERT INTO songs VALUES ('x');");
    EXPECT_NE(openError(dir.file("other.db")).find("not a TieScope store"), std::string::npos);
}

TEST(StoreBadInput, NewerSchemaVersion)
{
    TempDir dir;
    writeStore(dir.file("new.db"), fixtures::makeSmallFixture());
    rawExec(dir.file("new.db"), "PRAGMA user_version = 99;");
    const std::string error = openError(dir.file("new.db"), Store::Mode::ReadWrite);
    EXPECT_NE(error.find("newer"), std::string::npos);
    EXPECT_NE(error.find("99"), std::string::npos);
}

TEST(StoreBadInput, TruncatedDatabase)
{
    TempDir dir;
    Dataset big = fixtures::makeSmallFixture();
    for (int i = 0; i < 400; ++i) {
        Tie t = big.ties()[0];
        t.key = "extra-" + std::to_string(i);
        t.note = std::string(200, 'n');
        big.addTie(std::move(t));
    }
    writeStore(dir.file("t.db"), big);
    const std::string content = readFile(dir.file("t.db"));
    ASSERT_GT(content.size(), 8192U);
    writeFile(dir.file("t.db"), content.substr(0, content.size() / 2));
    EXPECT_NE(openError(dir.file("t.db")), "");
}

TEST(StoreBadInput, CorruptedPages)
{
    TempDir dir;
    Dataset big = fixtures::makeSmallFixture();
    for (int i = 0; i < 400; ++i) {
        Tie t = big.ties()[0];
        t.key = "extra-" + std::to_string(i);
        big.addTie(std::move(t));
    }
    writeStore(dir.file("c.db"), big);
    std::string content = readFile(dir.file("c.db"));
    for (std::size_t i = 4096; i < content.size(); i += 7)
        content[i] = static_cast<char>(0xA5);
    writeFile(dir.file("c.db"), content);
    EXPECT_NE(openError(dir.file("c.db")), "");
}

TEST(StoreBadInput, DanglingReferenceNamesTheRecord)
{
    TempDir dir;
    writeStore(dir.file("d.db"), fixtures::makeSmallFixture());
    rawExec(dir.file("d.db"), "PRAGMA foreign_keys = OFF; UPDATE ties SET domain_id = 77 WHERE key = 'serbia-pfp';");
    const std::string error = openError(dir.file("d.db"));
    EXPECT_NE(error.find("serbia-pfp"), std::string::npos) << error;
    EXPECT_NE(error.find("domain"), std::string::npos) << error;
    const Store store = Store::open(dir.file("d.db"), Store::Mode::ReadOnly);
    EXPECT_FALSE(store.integrityProblems().empty());
}

TEST(StoreBadInput, BadDateInTheFile)
{
    TempDir dir;
    writeStore(dir.file("d.db"), fixtures::makeSmallFixture());
    rawExec(dir.file("d.db"), "UPDATE ties SET start_date = '2023-02-29' WHERE key = 'serbia-pfp';");
    const std::string error = openError(dir.file("d.db"));
    EXPECT_NE(error.find("serbia-pfp"), std::string::npos) << error;
    EXPECT_NE(error.find("2023-02-29"), std::string::npos) << error;
}

TEST(StoreBadInput, CreateRefusesAnExistingFile)
{
    TempDir dir;
    writeFile(dir.file("x.db"), "keep me");
    EXPECT_THROW((void)Store::open(dir.file("x.db"), Store::Mode::Create), InputError);
    EXPECT_EQ(readFile(dir.file("x.db")), "keep me");
}
