// SPDX-License-Identifier: MIT
// A streamed import: rows planned as they are read and the change-set applied in parts inside
// the one transaction (ImportChangeStream). It must write the same store, the same audit rows
// and the same undo step as the change-set planned whole and applied at once, and a bad row in
// a later part must still leave nothing written unless the valid rows are wanted.

#include "interchange/importchangestream.h"

#include <gtest/gtest.h>

#include "interchange/csvrows.h"
#include "interchange/importplanner.h"
#include "io/datasetreader.h"
#include "store/store.h"
#include "storedump.h"
#include "tempdir.h"
#include "testfiles.h"

namespace tiescope {
namespace {

// Two empty stores of the bundled vocabulary and one source, "report": one imported into with
// the change-set whole, the other streamed in parts of a few changes.
class ImportStreamTest : public ::testing::Test
{
protected:
    ImportStreamTest()
    {
        DatasetReader::Result bundled = DatasetReader::read(TIESCOPE_SOURCE_DIR "/data/serbia-russia");
        m_start = bundled.dataset.vocabulary();
        m_start.addSource(Source{"report", "A report", "", "", std::nullopt, "report", ""});
        for (const char *name : {"whole.db", "streamed.db"})
            Store::create(m_dir.file(name), m_start);
        m_empty = fixtures::dumpTables(m_dir.file("whole.db"));
    }

    // An edge list of `ties` ties among 40 entities (made with the default kind), cited by the
    // default source; `last` is one more row at the end.
    std::string edgeList(int ties, const std::string &last = {}) const
    {
        std::string text = "from,to,relation,domain,start,note\n";
        for (int i = 0; i < ties; ++i)
            text += "e" + std::to_string(i % 40) + ",e" + std::to_string((i * 7 + 3) % 40) + ",owns,energy," +
                    std::to_string(1990 + i % 30) + ",tie " + std::to_string(i) + "\n";
        const std::string path = m_dir.file("ties.csv");
        fixtures::writeFile(path, text + last);
        return path;
    }
    static ImportSpec spec(const std::string &ties)
    {
        ImportSpec spec;
        spec.ties = ties;
        spec.defaultKind = "company";
        spec.defaultSource = "report";
        spec.defaultGrade = "B2";
        return spec;
    }

    ApplyResult whole(ImportSpec spec, ImportPlan &plan)
    {
        Store store = Store::open(m_dir.file("whole.db"), Store::Mode::ReadWrite);
        plan = ImportPlanner::plan(store.load(), CsvRows::read(spec), spec);
        return store.apply(plan.changeSet, "tester");
    }
    ApplyResult streamed(ImportSpec spec, bool applyValid, ImportPlan &plan)
    {
        Store store = Store::open(m_dir.file("streamed.db"), Store::Mode::ReadWrite);
        const Dataset data = store.load();
        ImportPlanner planner(data, spec);
        ImportChangeStream stream(spec, planner, applyValid, 7);
        ApplyResult result = store.apply(stream, "import", "tester", true);
        plan = std::move(stream.plan());
        return result;
    }
    // The audit rows as text, all but their time.
    std::string history(const char *name) const
    {
        std::string text;
        for (const AuditEntry &e : Store::open(m_dir.file(name), Store::Mode::ReadOnly).history())
            text += std::to_string(e.id) + "|" + e.author + "|" + std::to_string(e.changeSet) + "|" + e.table + "|" +
                    e.key + "|" + std::to_string(e.rowId) + "|" + e.operation + "|" + e.before + "|" + e.after + "\n";
        return text;
    }

    fixtures::TempDir m_dir;
    Dataset m_start;
    std::string m_empty;
};

TEST_F(ImportStreamTest, InPartsItWritesTheSameStoreAuditAndUndoAsTheWholeChangeSet)
{
    const std::string ties = edgeList(300);
    ImportPlan wholePlan, streamedPlan;
    const ApplyResult one = whole(spec(ties), wholePlan);
    const ApplyResult parts = streamed(spec(ties), false, streamedPlan);
    ASSERT_TRUE(one.ok() && parts.ok());
    ASSERT_NE(parts.changeSetId, 0);
    EXPECT_EQ(streamedPlan.ties.added, 300u);
    EXPECT_EQ(streamedPlan.entities.added, wholePlan.entities.added);
    EXPECT_EQ(streamedPlan.changeCount(), wholePlan.changeSet.changes().size());
    EXPECT_GT(streamedPlan.changesHandedOver, 7u); // it really came in parts

    const std::string dump = fixtures::dumpTables(m_dir.file("whole.db"));
    EXPECT_EQ(fixtures::dumpTables(m_dir.file("streamed.db")), dump);
    EXPECT_EQ(history("streamed.db"), history("whole.db"));
    EXPECT_EQ(fixtures::countRows(m_dir.file("streamed.db"), "SELECT count(DISTINCT change_set) FROM changes"), 1);

    // One undo step takes it all back, as the whole change-set's does.
    ASSERT_EQ(parts.inverse.changes().size(), one.inverse.changes().size());
    Store store = Store::open(m_dir.file("streamed.db"), Store::Mode::ReadWrite);
    ASSERT_TRUE(store.apply(parts.inverse, "tester").ok());
    EXPECT_EQ(fixtures::dumpTables(m_dir.file("streamed.db")), m_empty);

    // And a re-import of the same file changes nothing.
    ImportPlan again;
    const ApplyResult none = whole(spec(ties), again);
    EXPECT_TRUE(again.changeSet.empty());
    EXPECT_EQ(again.ties.unchanged, 300u);
    (void)none;
}

TEST_F(ImportStreamTest, ABadRowInALaterPartLeavesNothingWrittenUnlessTheValidRowsAreWanted)
{
    const std::string ties = edgeList(300, "e1,e2,owns,nowhere,2001,the last row\n");
    ImportPlan refusedPlan;
    const ApplyResult refused = streamed(spec(ties), false, refusedPlan);
    EXPECT_TRUE(refused.ok());
    EXPECT_EQ(refused.changeSetId, 0);
    ASSERT_EQ(refusedPlan.badRows.size(), 1u);
    EXPECT_EQ(refusedPlan.badRows[0].line, 302u);
    EXPECT_EQ(refusedPlan.ties.added, 300u); // the dry run's counts are still all there
    EXPECT_EQ(fixtures::dumpTables(m_dir.file("streamed.db")), m_empty);
    EXPECT_TRUE(Store::open(m_dir.file("streamed.db"), Store::Mode::ReadOnly).history().empty());

    // The valid rows, when the analyst wants them: the same as the whole plan's valid rows.
    ImportPlan validPlan, wholePlan;
    const ApplyResult valid = streamed(spec(ties), true, validPlan);
    ASSERT_TRUE(valid.ok());
    EXPECT_NE(valid.changeSetId, 0);
    ASSERT_TRUE(whole(spec(ties), wholePlan).ok());
    EXPECT_EQ(validPlan.badRows.size(), wholePlan.badRows.size());
    EXPECT_EQ(fixtures::dumpTables(m_dir.file("streamed.db")), fixtures::dumpTables(m_dir.file("whole.db")));
    EXPECT_EQ(history("streamed.db"), history("whole.db"));
}

} // namespace
} // namespace tiescope
