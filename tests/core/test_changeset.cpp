// SPDX-License-Identifier: MIT
// Change-sets applied to a store: each operation, then its inverse, leaves every row as it was
// (ids included); merges re-point ties and citations; observers hear of commits only.
#include "edit/changeset.h"

#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "analytics/entityresolver.h"
#include "edit/changeobserver.h"
#include "model/inputerror.h"
#include "store/sqlitedb.h"
#include "store/storerecords.h"
#include "changecases.h"
#include "editfixture.h"
#include "storedump.h"

using namespace tiescope;
using fixtures::Case;
using fixtures::cases;
using fixtures::EditFixture;
using fixtures::citationOf;
using fixtures::countRows;
using fixtures::dumpTables;
using nlohmann::ordered_json;

namespace {


class Inverse : public ::testing::TestWithParam<Case>
{
};

} // namespace

TEST_P(Inverse, ApplyThenInverseRestoresEveryRow)
{
    EditFixture fixture;
    const std::string original = dumpTables(fixture.path());
    const ChangeSet changeSet = GetParam().make(fixture.store());
    const ApplyResult applied = fixture.apply(changeSet);
    ASSERT_TRUE(applied.ok()) << applied.problems.front().toString();
    EXPECT_FALSE(applied.changes.empty());
    EXPECT_NE(dumpTables(fixture.path()), original);
    EXPECT_TRUE(fixture.store().integrityProblems().empty());

    const ApplyResult undone = fixture.apply(applied.inverse);
    ASSERT_TRUE(undone.ok()) << undone.problems.front().toString();
    EXPECT_EQ(dumpTables(fixture.path()), original);
    // Redo is the inverse of the undo, and gets back to the edited state.
    const ApplyResult redone = fixture.apply(undone.inverse);
    ASSERT_TRUE(redone.ok()) << redone.problems.front().toString();
    const ApplyResult undoneAgain = fixture.apply(redone.inverse);
    ASSERT_TRUE(undoneAgain.ok());
    EXPECT_EQ(dumpTables(fixture.path()), original);
    // Every step is in the audit trail, under four change-sets.
    EXPECT_EQ(countRows(fixture.path(), "SELECT count(DISTINCT change_set) FROM changes"), 4);
}

INSTANTIATE_TEST_SUITE_P(EveryOperation, Inverse, ::testing::ValuesIn(cases),
                         [](const ::testing::TestParamInfo<Case> &info) { return std::string(info.param.name); });

TEST(ChangeSet, DeletingAnEntityTakesItsTiesAndTheirCitations)
{
    EditFixture fixture;
    ChangeSet c("delete russia");
    c.remove(RecordTable::Entities, "russia");
    const ApplyResult result = fixture.apply(c);
    ASSERT_TRUE(result.ok());
    std::size_t ties = 0;
    std::size_t citations = 0;
    for (const AppliedChange &change : result.changes) {
        EXPECT_EQ(change.operation, ChangeOperation::Delete);
        ties += change.table == RecordTable::Ties;
        citations += change.table == RecordTable::Citations;
    }
    EXPECT_EQ(ties, 4U); // russia-owns-gpn, russia-makes-mig, russia-serbia-intel, russia-serbia-dipl
    EXPECT_EQ(citations, 4U);
    EXPECT_EQ(result.changes.back().key, "russia");
    const Dataset data = fixture.store().load();
    EXPECT_FALSE(data.findEntity("russia"));
    EXPECT_EQ(data.ties().size(), 5U);
}

TEST(ChangeSet, MergeRepointsTiesAndCitationsAndKeepsTheMergedKeyAsAnAlias)
{
    EditFixture fixture;
    const Dataset before = fixture.store().load();
    ChangeSet c("merge gpn");
    c.merge("gazprom-neft", "russia");
    const ApplyResult result = fixture.apply(c);
    ASSERT_TRUE(result.ok()) << result.problems.front().toString();
    const Dataset after = fixture.store().load();
    ASSERT_FALSE(after.findEntity("gazprom-neft"));
    const EntityId russia = *after.findEntity("russia");
    const Entity &survivor = after.entity(russia);
    for (const char *alias : {"Gazprom Neft", "gazprom-neft"})
        EXPECT_NE(std::find(survivor.aliases.begin(), survivor.aliases.end(), alias), survivor.aliases.end()) << alias;
    const Tie &owns = after.tie(*after.findTie("gpn-owns-nis"));
    EXPECT_EQ(owns.from, russia);
    EXPECT_EQ(owns.rowId, before.tie(*before.findTie("gpn-owns-nis")).rowId);
    const Tie &self = after.tie(*after.findTie("russia-owns-gpn"));
    EXPECT_EQ(self.from, russia);
    EXPECT_EQ(self.to, russia);
    EXPECT_EQ(after.ties().size(), before.ties().size());
    EXPECT_EQ(countRows(fixture.path(), "SELECT count(*) FROM changes WHERE operation = 'merge'"), 1);
    // What named the merged entity finds the survivor (the CLI resolves entities this way).
    EXPECT_EQ(EntityResolver(after).resolve("gazprom-neft").entity, russia);

    // The inverse brings the merged entity back with its id, and every pointer with it.
    ASSERT_TRUE(fixture.apply(result.inverse).ok());
    const Dataset restored = fixture.store().load();
    const EntityId gpn = *restored.findEntity("gazprom-neft");
    EXPECT_EQ(restored.entity(gpn).rowId, before.entity(*before.findEntity("gazprom-neft")).rowId);
    EXPECT_EQ(restored.tie(*restored.findTie("gpn-owns-nis")).from, gpn);
    EXPECT_EQ(restored.tie(*restored.findTie("russia-owns-gpn")).to, gpn);
    EXPECT_EQ(restored.entity(*restored.findEntity("russia")).aliases,
              before.entity(*before.findEntity("russia")).aliases);
}

TEST(ChangeSet, MergeLogsEveryRepointedTieAsTheStoreReadsItBack)
{
    // The merge re-points ties with one statement per end and builds each logged record
    // itself: it must be what the store holds now, and what it held before.
    EditFixture fixture;
    std::map<std::string, ordered_json> before;
    {
        SqliteDb db(fixture.path(), SQLITE_OPEN_READONLY);
        StoreRecords records(db);
        const Dataset data = fixture.store().load();
        for (const Tie &tie : data.ties())
            before[tie.key] = records.tie(tie.rowId, false);
    }
    ChangeSet c("merge gpn");
    c.merge("gazprom-neft", "russia");
    const ApplyResult result = fixture.apply(c);
    ASSERT_TRUE(result.ok()) << result.problems.front().toString();
    SqliteDb db(fixture.path(), SQLITE_OPEN_READONLY);
    StoreRecords records(db);
    std::set<std::string> repointed;
    for (const AppliedChange &change : result.changes) {
        if (change.table != RecordTable::Ties)
            continue;
        EXPECT_EQ(change.operation, ChangeOperation::Update);
        EXPECT_EQ(change.after, records.tie(change.rowId, false)) << change.key;
        EXPECT_EQ(change.before, before.at(change.key)) << change.key;
        repointed.insert(change.key);
    }
    // Every tie of gazprom-neft, the one to russia (now a loop) included, and no other.
    EXPECT_EQ(repointed, (std::set<std::string>{"gpn-owns-nis", "russia-owns-gpn"}));
    const auto history = fixture.store().history();
    EXPECT_EQ(std::count_if(history.begin(), history.end(),
                            [](const AuditEntry &row) { return row.table == "ties" && row.operation == "update"; }),
              2);
}

TEST(ChangeSet, ABulkDeleteAndItsInverseLeaveEveryRowAsItWas)
{
    // Past a thousand changes the applier runs with a larger page cache (and restores the
    // connection's own): the rows must come out the same, and later edits still apply.
    EditFixture fixture;
    constexpr int Ties = 1200;
    ChangeSet add("many ties");
    ChangeSet remove("delete them");
    for (int i = 0; i < Ties; ++i) {
        const std::string key = "bulk-" + std::to_string(i);
        add.add(RecordTable::Ties, fixtures::newTie(key.c_str(), i % 2 ? "serbia" : "nis", "russia"));
        remove.remove(RecordTable::Ties, key);
    }
    ASSERT_TRUE(fixture.apply(add).ok());
    const std::string added = dumpTables(fixture.path());
    const ApplyResult removed = fixture.apply(remove);
    ASSERT_TRUE(removed.ok()) << removed.problems.front().toString();
    EXPECT_EQ(removed.changes.size(), 2U * Ties); // each tie and its citation
    EXPECT_EQ(countRows(fixture.path(), "SELECT count(*) FROM ties WHERE key LIKE 'bulk-%'"), 0);
    const ApplyResult undone = fixture.apply(removed.inverse);
    ASSERT_TRUE(undone.ok()) << undone.problems.front().toString();
    EXPECT_EQ(dumpTables(fixture.path()), added);
    ChangeSet retitle("retitle");
    retitle.update(RecordTable::Sources, "src", {{"title", "Retitled"}});
    EXPECT_TRUE(fixture.apply(retitle).ok());
    EXPECT_TRUE(fixture.store().integrityProblems().empty());
}

TEST(ChangeSet, AuditRowsNameWhoWhatAndTheRecordBeforeAndAfter)
{
    EditFixture fixture;
    ChangeSet c("retitle");
    c.update(RecordTable::Sources, "src", {{"title", "Retitled"}});
    ASSERT_TRUE(fixture.store().apply(c, "Ana Analyst").ok());
    const auto history = fixture.store().history();
    ASSERT_EQ(history.size(), 1U);
    const AuditEntry &row = history.front();
    EXPECT_EQ(row.author, "Ana Analyst");
    EXPECT_EQ(row.label, "retitle");
    EXPECT_EQ(row.table, "sources");
    EXPECT_EQ(row.key, "src");
    EXPECT_EQ(row.operation, "update");
    EXPECT_EQ(row.time.size(), 20U);
    EXPECT_EQ(row.time.back(), 'Z');
    EXPECT_EQ(ordered_json::parse(row.before)["title"], "A source");
    EXPECT_EQ(ordered_json::parse(row.after)["title"], "Retitled");
}

namespace {

class RecordingObserver final : public ChangeObserver
{
public:
    void changesCommitted(const ApplyResult &result) override
    {
        for (const AppliedChange &change : result.changes)
            seen.push_back(std::string(toString(change.operation)) + " " + std::string(toString(change.table)) + " " +
                           change.key + " #" + std::to_string(change.rowId));
    }
    std::vector<std::string> seen;
};

} // namespace

TEST(ChangeObserver, HearsWhatACommittedChangeSetChangedAndNothingOfAFailedOne)
{
    EditFixture fixture;
    RecordingObserver observer;
    fixture.store().addObserver(&observer);
    ChangeSet bad("bad");
    bad.update(RecordTable::Ties, "no-such-tie", {{"note", "x"}});
    EXPECT_FALSE(fixture.apply(bad).ok());
    EXPECT_TRUE(observer.seen.empty());

    ChangeSet good("good");
    good.update(RecordTable::Entities, "nis", {{"name", "NIS a.d."}});
    good.remove(RecordTable::Ties, "serbia-pfp");
    ASSERT_TRUE(fixture.apply(good).ok());
    ASSERT_EQ(observer.seen.size(), 3U);
    EXPECT_EQ(observer.seen[0], "update entities nis #3");
    EXPECT_EQ(observer.seen[1].rfind("delete citations tie:serbia-pfp #", 0), 0U) << observer.seen[1];
    EXPECT_EQ(observer.seen[2], "delete ties serbia-pfp #6");

    fixture.store().removeObserver(&observer);
    ASSERT_TRUE(fixture.apply(ChangeSet("empty")).ok());
    EXPECT_EQ(observer.seen.size(), 3U);
}

TEST(ChangeSet, AStoreLockedByAnotherWriterIsReportedAndNothingIsWritten)
{
    EditFixture fixture;
    const std::string before = dumpTables(fixture.path());
    sqlite3 *other = nullptr;
    ASSERT_EQ(sqlite3_open(fixture.path().c_str(), &other), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    ChangeSet c("while locked");
    c.remove(RecordTable::Ties, "serbia-pfp");
    try {
        (void)fixture.apply(c);
        ADD_FAILURE() << "applied while another process held the write lock";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), fixture.path());
        EXPECT_EQ(error.problem(), "is being edited by another program; try again") << error.what();
    }
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    EXPECT_EQ(dumpTables(fixture.path()), before);
    EXPECT_TRUE(fixture.apply(c).ok()); // and works once the other writer is done
}
