// SPDX-License-Identifier: MIT
// Store files: an atomic copy of a store (also of one opened read-only), a new store with only
// the vocabulary, and the merge that keeps field values the analyst picked, undone whole.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "edit/entitymerge.h"
#include "io/csvwriter.h"
#include "model/inputerror.h"
#include "editfixture.h"
#include "storedump.h"

using namespace tiescope;
using fixtures::dumpTables;
using fixtures::EditFixture;

TEST(StoreFiles, SaveCopyWritesEveryRowAndTheHistory)
{
    EditFixture fixture;
    ASSERT_TRUE(fixture.apply(ChangeSet("rename").update(RecordTable::Entities, "nis", {{"name", "NIS a.d."}})).ok());
    const std::string copy = fixture.dir().file("copy.db");
    {
        // A read-only connection can copy: the bundled store is copied this way.
        const Store readOnly = Store::open(fixture.path(), Store::Mode::ReadOnly);
        readOnly.saveCopy(copy);
    }
    EXPECT_EQ(dumpTables(copy), dumpTables(fixture.path()));
    Store copied = Store::open(copy, Store::Mode::ReadWrite);
    ASSERT_EQ(copied.history().size(), fixture.store().history().size());
    EXPECT_EQ(copied.history().back().label, "rename");
    // The copy is a store of its own: editing it leaves the original alone.
    ASSERT_TRUE(copied.apply(ChangeSet("again").update(RecordTable::Entities, "nis", {{"name", "NIS"}}), "t").ok());
    const Dataset original = fixture.store().load();
    EXPECT_EQ(original.entity(*original.findEntity("nis")).name, "NIS a.d.");
}

TEST(StoreFiles, SaveCopyReplacesAnOldFileWholeAndLeavesNoTemporaryFile)
{
    EditFixture fixture;
    const std::string copy = fixture.dir().file("copy.db");
    std::ofstream(copy) << "an older file";
    fixture.store().saveCopy(copy);
    EXPECT_EQ(dumpTables(copy), dumpTables(fixture.path()));
    for (const auto &entry : std::filesystem::directory_iterator(fixture.dir().path())) {
        const std::string name = entry.path().filename().string();
        EXPECT_TRUE(name.rfind("edit.db", 0) == 0 || name == "copy.db") << name;
    }
}

TEST(StoreFiles, SaveCopyIntoAMissingFolderFailsNamingTheTarget)
{
    EditFixture fixture;
    const std::string target = fixture.dir().file("no-such-folder/copy.db");
    try {
        fixture.store().saveCopy(target);
        FAIL() << "copied into a missing folder";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), target);
    }
}

TEST(StoreFiles, CreateWritesAStoreWithOnlyTheVocabulary)
{
    EditFixture fixture;
    const Dataset full = fixture.store().load();
    const std::string path = fixture.dir().file("new.db");
    Store::create(path, full.vocabulary());
    Store created = Store::open(path, Store::Mode::ReadWrite);
    const Dataset data = created.load();
    EXPECT_EQ(data.domains().size(), full.domains().size());
    EXPECT_EQ(data.kinds().size(), full.kinds().size());
    EXPECT_EQ(data.relations().size(), full.relations().size());
    EXPECT_TRUE(data.entities().empty());
    EXPECT_TRUE(data.ties().empty());
    EXPECT_TRUE(data.sources().empty());
    // Its vocabulary is there to use.
    const ApplyResult added = created.apply(
        ChangeSet("add").add(RecordTable::Entities, {{"id", "hungary"}, {"name", "Hungary"}, {"kind", "state"}}), "t");
    EXPECT_TRUE(added.ok()) << (added.ok() ? "" : added.problems.front().toString());
    // Like build-db, it replaces a file whole once the new store is complete.
    created = Store::open(fixture.path(), Store::Mode::ReadOnly);
    Store::create(path, full.vocabulary());
    EXPECT_TRUE(Store::open(path, Store::Mode::ReadOnly).load().entities().empty());
}

TEST(StoreFiles, MergeKeepsThePickedFieldsAndOneUndoRestoresEveryRow)
{
    EditFixture fixture;
    const std::string before = dumpTables(fixture.path());
    const Dataset data = fixture.store().load();
    const EntityId nis = *data.findEntity("nis");
    const EntityId gpn = *data.findEntity("gazprom-neft");
    EntityMerge::Choice choice;
    choice.name = true; // the survivor gazprom-neft takes "NIS" as its name
    choice.description = true;
    const ChangeSet merge = EntityMerge::build(data, nis, gpn, choice);
    EXPECT_EQ(merge.label(), "merge nis into gazprom-neft");
    const ApplyResult result = fixture.apply(merge);
    ASSERT_TRUE(result.ok()) << result.problems.front().toString();

    const Dataset after = fixture.store().load();
    EXPECT_FALSE(after.findEntity("nis"));
    const Entity &survivor = after.entity(*after.findEntity("gazprom-neft"));
    EXPECT_EQ(survivor.name, data.entity(nis).name);
    EXPECT_EQ(survivor.description, data.entity(nis).description);
    EXPECT_EQ(survivor.country, data.entity(gpn).country); // not picked: the survivor's stays
    const auto has = [&survivor](const std::string &alias) {
        return std::find(survivor.aliases.begin(), survivor.aliases.end(), alias) != survivor.aliases.end();
    };
    EXPECT_TRUE(has("nis"));                  // the merged key still names it
    EXPECT_TRUE(has(data.entity(gpn).name));  // its old name too
    EXPECT_FALSE(has(data.entity(nis).name)); // never its own name as an alias
    for (const Tie &tie : after.ties())
        EXPECT_TRUE(after.entity(tie.from).key != "nis" && after.entity(tie.to).key != "nis");

    ASSERT_TRUE(fixture.apply(result.inverse).ok());
    EXPECT_EQ(dumpTables(fixture.path()), before);
}

TEST(StoreFiles, MergeWithNothingPickedIsTheMergeAlone)
{
    EditFixture fixture;
    const Dataset data = fixture.store().load();
    const ChangeSet merge = EntityMerge::build(data, *data.findEntity("nis"), *data.findEntity("serbia"), {});
    ASSERT_EQ(merge.changes().size(), 1U);
    EXPECT_EQ(merge.changes()[0].operation, ChangeOperation::Merge);
}

TEST(CsvWriter, QuotesAndNeutralisesFormulas)
{
    EXPECT_EQ(CsvWriter::cell("plain"), "plain");
    EXPECT_EQ(CsvWriter::cell("a,b"), "\"a,b\"");
    EXPECT_EQ(CsvWriter::cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::cell("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(CsvWriter::cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    EXPECT_EQ(CsvWriter::cell("+1"), "'+1");
    EXPECT_EQ(CsvWriter::cell("-2"), "'-2");
    EXPECT_EQ(CsvWriter::cell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(CsvWriter::cell("a=b"), "a=b");
    EXPECT_EQ(CsvWriter::cell(""), "");
    std::ostringstream row;
    CsvWriter::writeRow(row, {"a", "b,c", "=1"});
    EXPECT_EQ(row.str(), "a,\"b,c\",'=1\r\n");
}
