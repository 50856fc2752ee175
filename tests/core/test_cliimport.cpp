// SPDX-License-Identifier: MIT
// tiescope-cli import end to end: a new store made from an import, the dry run, a saved spec
// re-run, bad input (exit 1, nothing written unless --apply-valid), --json, bad command lines.

#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clirun.h"
#include "store/store.h"
#include "testfiles.h"

namespace tiescope {
namespace {

using fixtures::cli;


class CliImport : public ::testing::Test
{
protected:
    std::vector<std::string> csvImport(const std::string &db, std::vector<std::string> more = {}) const
    {
        std::vector<std::string> args{"--db",
                                      db,
                                      "import",
                                      "--format",
                                      "csv",
                                      fixtures::ImportDir + "entities.csv",
                                      fixtures::ImportDir + "ties.csv",
                                      "--default-source",
                                      "report",
                                      "--default-source-title",
                                      "A report",
                                      "--default-grade",
                                      "B2"};
        args.insert(args.end(), more.begin(), more.end());
        return args;
    }
    std::size_t ties(const std::string &db) const
    {
        return Store::open(db, Store::Mode::ReadOnly).load().ties().size();
    }

    fixtures::TempDir m_dir;
};

TEST_F(CliImport, ANewStoreFromAnImportThenTheSavedSpecChangesNothing)
{
    const std::string db = m_dir.file("new.db");
    const auto dry = cli(csvImport(db, {"--dry-run"}));
    EXPECT_EQ(dry.code, 0) << dry.err;
    EXPECT_NE(dry.out.find("ties: 3 new"), std::string::npos) << dry.out;
    EXPECT_NE(dry.out.find("dry run: nothing written"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(db));

    const auto made = cli(csvImport(db, {"--save-spec", m_dir.file("spec.json"), "--author", "ana"}));
    ASSERT_EQ(made.code, 0) << made.err;
    EXPECT_NE(made.out.find("change-set 1 (import csv)"), std::string::npos) << made.out;
    EXPECT_EQ(ties(db), 3u);
    const auto history = Store::open(db, Store::Mode::ReadOnly).history();
    EXPECT_EQ(history.front().author, "ana");
    EXPECT_EQ(history.back().changeSet, 1);

    const auto again = cli({"--db", db, "import", "--spec", m_dir.file("spec.json")});
    EXPECT_EQ(again.code, 0) << again.err;
    EXPECT_NE(again.out.find("ties: 0 new, 0 updated, 3 unchanged"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("nothing to change"), std::string::npos);
    EXPECT_EQ(Store::open(db, Store::Mode::ReadOnly).history().back().changeSet, 1);
}

TEST_F(CliImport, BadRowsExitWith1AndWriteNothingUnlessTheValidOnesAreWanted)
{
    const std::string db = m_dir.file("bad.db");
    ASSERT_EQ(cli(csvImport(db)).code, 0);
    const std::vector<std::string> bad{
        "--db", db, "import", "--format", "csv", fixtures::ImportDir + "bad-entities.csv", fixtures::ImportDir + "bad-ties.csv"};
    const auto refused = cli(bad);
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find(fixtures::ImportDir + "bad-ties.csv:7: column \"start\": \"31.02.2016\" is not a date"),
              std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("nothing written (--apply-valid writes the valid rows)"), std::string::npos);
    EXPECT_EQ(ties(db), 3u);

    auto applying = bad;
    applying.push_back("--apply-valid");
    const auto applied = cli(applying);
    EXPECT_EQ(applied.code, 1);
    EXPECT_NE(applied.err.find("left out; the valid rows were written"), std::string::npos) << applied.err;
    EXPECT_EQ(ties(db), 5u); // t1 and t10
}

TEST_F(CliImport, JsonReportAndGraphFormats)
{
    const std::string db = m_dir.file("g.db");
    const auto run = cli({"--db", db, "import", "--format", "gexf", fixtures::ImportDir + "gephi.gexf", "--default-source", "r",
                          "--default-source-title", "R", "--default-grade", "C3", "--json", "--apply-valid"});
    EXPECT_EQ(run.code, 1); // the duplicate edge id
    const auto json = nlohmann::json::parse(run.out);
    EXPECT_EQ(json["ties"]["new"], 2);
    EXPECT_EQ(json["entities"]["new"], 2);
    ASSERT_EQ(json["bad_rows"].size(), 1u);
    EXPECT_EQ(json["bad_rows"][0]["line"], 26);
    EXPECT_EQ(json["bad_rows"][0]["column"], "id");
    EXPECT_TRUE(json["applied"].get<bool>());
    EXPECT_EQ(ties(db), 2u);

    const auto hostile = cli({"--db", db, "import", "--format", "graphml", fixtures::ImportDir + "external-entity.graphml"});
    EXPECT_EQ(hostile.code, 1);
    EXPECT_NE(hostile.err.find("external-entity.graphml:2: has a document type declaration"), std::string::npos)
        << hostile.err;
}

TEST_F(CliImport, ALargeImportWrittenInPartsIsStillOneChangeSetWithOneUndo)
{
    // 5,000 ties among 100 entities: more changes than one part of the streamed import holds.
    std::string rows = "from,to,relation,domain\n";
    for (int i = 0; i < 5000; ++i)
        rows += "e" + std::to_string(i % 100) + ",e" + std::to_string((i * 7 + 3) % 100) + ",owns,energy\n";
    const std::string good = m_dir.file("good.csv"), bad = m_dir.file("bad.csv");
    fixtures::writeFile(good, rows);
    fixtures::writeFile(bad, rows + "e1,e2,owns,nowhere\n"); // the last row, in the last part
    const auto import = [](const std::string &db, const std::string &file) {
        return cli({"--db", db, "import", "--format", "csv", file, "--default-source", "report", "--default-source-title",
                    "A report", "--default-grade", "B2", "--default-kind", "company"});
    };

    const std::string refusedDb = m_dir.file("refused.db");
    const auto refused = import(refusedDb, bad);
    EXPECT_EQ(refused.code, 1);
    EXPECT_NE(refused.err.find("bad.csv:5002: column \"domain\": unknown domain \"nowhere\""), std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("nothing written"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(refusedDb)); // not even the new store

    const std::string db = m_dir.file("large.db");
    const auto made = import(db, good);
    ASSERT_EQ(made.code, 0) << made.err;
    EXPECT_NE(made.out.find("ties: 5000 new"), std::string::npos) << made.out;
    EXPECT_NE(made.out.find("... and "), std::string::npos); // the report shows its first rows only
    EXPECT_EQ(ties(db), 5000u);
    const auto history = Store::open(db, Store::Mode::ReadOnly).history();
    EXPECT_EQ(history.front().changeSet, history.back().changeSet);
    const auto undone = cli({"--db", db, "undo"});
    ASSERT_EQ(undone.code, 0) << undone.err;
    EXPECT_EQ(ties(db), 0u);
    EXPECT_TRUE(Store::open(db, Store::Mode::ReadOnly).load().entities().empty());
}

TEST_F(CliImport, BadCommandLinesExitWith2)
{
    const std::string db = m_dir.file("u.db");
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"--db", db, "import", fixtures::ImportDir + "ties.csv"},
          {"--db", db, "import", "--format", "xlsx", fixtures::ImportDir + "ties.csv"},
          {"--db", db, "import", "--format", "csv", fixtures::ImportDir + "ties.csv", "--map", "colour=X"},
          {"--db", db, "import", "--format", "csv", fixtures::ImportDir + "ties.csv", "--encoding", "latin9"},
          {"--db", db, "import", "--format", "csv", fixtures::ImportDir + "ties.csv", "--delimiter", ";;"},
          {"import", "--format", "csv", fixtures::ImportDir + "ties.csv"}}) {
        const auto run = cli(args);
        EXPECT_EQ(run.code, 2) << args.back() << run.err;
    }
    EXPECT_FALSE(std::filesystem::exists(db));
}

} // namespace
} // namespace tiescope
