// SPDX-License-Identifier: MIT
// The dry run and its change-set: new / updated / unchanged / conflicting against the store,
// every bad row reported and left out, one transaction, one audit change-set, one undo step,
// and a re-import that changes nothing.

#include "interchange/importplanner.h"

#include <algorithm>

#include <gtest/gtest.h>

#include "interchange/csvrows.h"
#include "io/datasetreader.h"
#include "store/store.h"
#include "tempdir.h"
#include "testfiles.h"

namespace tiescope {
namespace {


// An empty store with the bundled vocabulary and one source, "report".
class ImportPlanTest : public ::testing::Test
{
protected:
    ImportPlanTest() : m_path(m_dir.file("import.db"))
    {
        DatasetReader::Result bundled = DatasetReader::read(TIESCOPE_SOURCE_DIR "/data/serbia-russia");
        Dataset start = bundled.dataset.vocabulary();
        start.addSource(Source{"report", "A report", "", "", std::nullopt, "report", ""});
        Store::create(m_path, start);
        m_store = std::make_unique<Store>(Store::open(m_path, Store::Mode::ReadWrite));
    }

    ImportPlan plan(ImportSpec spec)
    {
        const ImportRows rows = CsvRows::read(spec);
        return ImportPlanner::plan(m_store->load(), rows, spec);
    }
    static ImportSpec csv(const std::string &entities, const std::string &ties)
    {
        ImportSpec spec;
        if (!entities.empty())
            spec.entities = entities;
        spec.ties = ties;
        spec.defaultGrade = "B2";
        return spec;
    }
    bool reports(const ImportPlan &plan, const std::string &file, std::size_t line, const std::string &column,
                 const std::string &words) const
    {
        return std::any_of(plan.badRows.begin(), plan.badRows.end(), [&](const ImportIssue &issue) {
            return issue.file == fixtures::ImportDir + file && issue.line == line && issue.column == column &&
                   issue.reason.find(words) != std::string::npos;
        });
    }

    fixtures::TempDir m_dir;
    std::string m_path;
    std::unique_ptr<Store> m_store;
};

TEST_F(ImportPlanTest, AnImportIsOneChangeSetOneAuditEntryAndOneUndoStep)
{
    const ImportPlan first = plan(csv(fixtures::ImportDir + "entities.csv", fixtures::ImportDir + "ties.csv"));
    ASSERT_FALSE(first.hasBadRows()) << first.badRows.front().toString();
    EXPECT_EQ(first.entities.added, 3u);
    EXPECT_EQ(first.ties.added, 3u); // the parallel acme-owns-beta ties stay apart
    const ApplyResult result = m_store->apply(first.changeSet, "tester");
    ASSERT_TRUE(result.ok()) << result.problems.front().toString();

    const Dataset data = m_store->load();
    ASSERT_EQ(data.ties().size(), 3u);
    const Tie &supplies = data.tie(*data.findTie("beta-supplies-state-x"));
    EXPECT_EQ(supplies.start->toString(), "2019-06");
    EXPECT_TRUE(supplies.end->isOpen());
    ASSERT_EQ(supplies.citations.size(), 1u);
    EXPECT_EQ(supplies.citations[0].grade.toString(), "C3");
    EXPECT_TRUE(data.findTie("acme-owns-beta-2"));
    EXPECT_EQ(data.entity(*data.findEntity("beta")).name, "Beta, Inc.");
    EXPECT_EQ(data.entity(*data.findEntity("beta")).country, "FR");
    const auto history = m_store->history();
    ASSERT_FALSE(history.empty());
    EXPECT_TRUE(std::all_of(history.begin(), history.end(),
                            [&](const AuditEntry &entry) { return entry.changeSet == result.changeSetId; }));

    ASSERT_TRUE(m_store->apply(result.inverse, "tester").ok());
    EXPECT_TRUE(m_store->load().entities().empty());
    EXPECT_TRUE(m_store->load().ties().empty());
}

TEST_F(ImportPlanTest, ReimportingTheSameFilesChangesNothing)
{
    const ImportSpec spec = csv(fixtures::ImportDir + "entities.csv", fixtures::ImportDir + "ties.csv");
    ASSERT_TRUE(m_store->apply(plan(spec).changeSet, "tester").ok());
    const ImportPlan again = plan(spec);
    EXPECT_TRUE(again.changeSet.empty());
    EXPECT_EQ(again.entities.unchanged, 3u);
    EXPECT_EQ(again.ties.unchanged, 3u);
    EXPECT_EQ(again.entities.added + again.ties.added + again.ties.updated, 0u);
}

TEST_F(ImportPlanTest, ChangedCellsUpdateAndAnotherEndpointConflicts)
{
    ASSERT_TRUE(m_store->apply(plan(csv(fixtures::ImportDir + "entities.csv", fixtures::ImportDir + "ties.csv")).changeSet, "t").ok());
    fixtures::writeFile(m_dir.file("e.csv"), "id,name,country\nacme,Acme Group,DE\n");
    fixtures::writeFile(m_dir.file("t.csv"), "id,from,to,relation,domain,start,end,note\n"
                                             "acme-owns-beta,acme,beta,owns,economy,2014~,,majority\n"
                                             "beta-supplies-state-x,state-x,beta,supplies,energy,2019-06,..,\n");
    const ImportPlan second = plan(csv(m_dir.file("e.csv"), m_dir.file("t.csv")));
    ASSERT_FALSE(second.hasBadRows()) << second.badRows.front().toString();
    EXPECT_EQ(second.entities.updated, 1u);
    EXPECT_EQ(second.ties.updated, 1u);
    EXPECT_EQ(second.ties.conflicting, 1u);
    const auto row = std::find_if(second.rows.begin(), second.rows.end(),
                                  [](const ImportPlan::Row &r) { return r.key == "acme-owns-beta"; });
    ASSERT_NE(row, second.rows.end());
    EXPECT_EQ(row->detail, "start, note");
    ASSERT_TRUE(m_store->apply(second.changeSet, "t").ok());
    const Dataset data = m_store->load();
    EXPECT_EQ(data.entity(*data.findEntity("acme")).name, "Acme Group");
    EXPECT_EQ(data.tie(*data.findTie("acme-owns-beta")).start->toString(), "2014~");
    EXPECT_EQ(data.tie(*data.findTie("acme-owns-beta")).citations.size(), 1u);                 // nothing duplicated
    EXPECT_EQ(data.entity(data.tie(*data.findTie("beta-supplies-state-x")).from).key, "beta"); // left alone
}

TEST_F(ImportPlanTest, EveryBadRowIsReportedWithFileLineAndColumnAndLeftOut)
{
    const ImportPlan bad = plan(csv(fixtures::ImportDir + "bad-entities.csv", fixtures::ImportDir + "bad-ties.csv"));
    EXPECT_TRUE(reports(bad, "bad-entities.csv", 4, "kind", "unknown kind \"spaceship\""));
    EXPECT_TRUE(reports(bad, "bad-entities.csv", 5, "id", "duplicate key \"acme\" (first on line 2)"));
    EXPECT_TRUE(reports(bad, "bad-entities.csv", 6, "", "not an ISO 3166-1"));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 3, "id", "duplicate key \"t1\""));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 4, "start", "unbalanced quote"));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 5, "", "8 columns, the header has 9"));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 6, "domain", "unknown domain \"nowhere\""));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 7, "start", "\"31.02.2016\" is not a date"));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 8, "", "ends (2010) before it starts (2020)"));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 9, "to", "unknown entity \"nobody\""));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 10, "source", "no source: a tie is never stored uncited"));
    EXPECT_TRUE(reports(bad, "bad-ties.csv", 11, "grade", "\"Z9\" is not an Admiralty grade"));
    EXPECT_EQ(bad.badRows.size(), 12u);
    EXPECT_EQ(bad.entities.added, 2u);
    EXPECT_EQ(bad.ties.added, 2u);                        // t1 and t10
    ASSERT_TRUE(m_store->apply(bad.changeSet, "t").ok()); // the valid rows, when the analyst wants them
    EXPECT_EQ(m_store->load().ties().size(), 2u);
}

TEST_F(ImportPlanTest, AnEdgeListMakesItsEndsWithTheDefaultKindAndCitesTheDefaultSource)
{
    ImportSpec spec = csv({}, fixtures::ImportDir + "edgelist-1252.csv");
    spec.delimiter = ';';
    spec.encoding = ImportSpec::Encoding::Windows1252;
    spec.dateFormat = ImportSpec::DateFormat::DayMonthYear;
    spec.defaultSource = "report";
    spec.defaultKind = "company";
    const ImportPlan planned = plan(spec);
    ASSERT_FALSE(planned.hasBadRows()) << planned.badRows.front().toString();
    EXPECT_EQ(planned.entities.added, 3u);
    ASSERT_TRUE(m_store->apply(planned.changeSet, "t").ok());
    const Dataset data = m_store->load();
    const Entity &magyar = data.entity(*data.findEntity("magyar-kozut"));
    EXPECT_EQ(magyar.name, "Magyar K\xC3\xB6z\xC3\xBAt");
    EXPECT_EQ(data.kind(magyar.kind).key, "company");
    const Tie &gas = data.tie(*data.findTie("magyar-kozut-supplies-serbia"));
    EXPECT_EQ(gas.start->toString(), "2014-06-21");
    EXPECT_EQ(gas.end->toString(), "2019-12-31");
    EXPECT_EQ(data.source(gas.citations.at(0).source).key, "report");
    EXPECT_EQ(data.tie(*data.findTie("serbia-relies-on-russia")).start->toString(), "2008-06");

    spec.defaultKind.clear();
    spec.defaultSource.clear();
    fixtures::writeFile(m_dir.file("more.csv"), "Source;Target;Relation;Domain\nserbia;hungary;owns;energy\n");
    spec.ties = m_dir.file("more.csv");
    spec.encoding = ImportSpec::Encoding::Utf8;
    const ImportPlan more = plan(spec);
    ASSERT_EQ(more.badRows.size(), 1u);
    EXPECT_NE(more.badRows[0].reason.find("unknown entity \"hungary\""), std::string::npos);
}

} // namespace
} // namespace tiescope
