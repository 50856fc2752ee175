// SPDX-License-Identifier: MIT
// End-to-end tests of the CLI edit path: add-entity, add-tie, add-source, cite, edit, delete,
// merge, history and export-dataset, run as a user runs them on a store of their own.
#include <filesystem>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "clirun.h"
#include "storedump.h"

using tiescope::fixtures::CliRun;
using tiescope::fixtures::TempDir;
using tiescope::fixtures::cli;
using tiescope::fixtures::countRows;
using tiescope::fixtures::dumpTables;
using tiescope::fixtures::readFile;
using nlohmann::json;

namespace {

const std::string SmallDataset = TIESCOPE_FIXTURES_DIR "/datasets/small";
const std::string BundledDataset = TIESCOPE_SOURCE_DIR "/data/serbia-russia";

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

class CliEdit : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const CliRun build = cli({"build-db", "--dataset", SmallDataset, "--out", m_db});
        ASSERT_EQ(build.code, 0) << build.err;
    }
    CliRun edit(std::vector<std::string> args)
    {
        args.insert(args.begin() + 1, {"--db", m_db, "--author", "Ana"});
        return cli(args);
    }

    TempDir m_dir;
    const std::string m_db = m_dir.file("mine.db");
};

} // namespace

TEST_F(CliEdit, BuildAStoreByHandAndReadItsHistory)
{
    CliRun run = edit({"add-source", "--id", "report", "--title", "A report", "--written-by", "Analyst", "--date",
                       "2024-05", "--kind", "report"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "add sources report (id 3)")) << run.out;
    run = edit({"add-entity", "--id", "hungary", "--name", "Hungary", "--kind", "state", "--country", "HU", "--alias",
                "Magyarország", "--source", "report", "--grade", "B2"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "add entities hungary (id 8)")) << run.out;
    EXPECT_TRUE(contains(run.out, "add citations entity:hungary")) << run.out;
    run = edit({"add-tie", "--id", "hungary-buys-gas", "--from", "hungary", "--to", "russia", "--domain", "energy",
                "--relation", "procures", "--start", "2021", "--source", "report", "--locator", "p. 4", "--grade",
                "C3"});
    ASSERT_EQ(run.code, 0) << run.err;
    run = edit({"cite", "--tie", "hungary-buys-gas", "--source", "src", "--grade", "B2"});
    ASSERT_EQ(run.code, 0) << run.err;
    run = edit({"edit", "tie", "hungary-buys-gas", "--set", "end=2030", "--set", "strength=0.7", "--set",
                "note=Long-term contract."});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(countRows(m_db, "SELECT count(*) FROM ties WHERE key = 'hungary-buys-gas' AND end_date = '2030' AND "
                              "strength = 0.7 AND note = 'Long-term contract.'"),
              1);

    run = edit({"merge", "gazprom-neft", "russia"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "merge entities gazprom-neft")) << run.out;
    EXPECT_EQ(countRows(m_db, "SELECT count(*) FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
                              "WHERE e.key = 'russia' AND a.alias = 'gazprom-neft'"),
              1);

    run = edit({"delete", "entity", "hungary"});
    ASSERT_EQ(run.code, 0) << run.err;
    for (const char *line : {"delete ties hungary-buys-gas", "delete citations tie:hungary-buys-gas",
                             "delete citations entity:hungary", "delete entities hungary"})
        EXPECT_TRUE(contains(run.out, line)) << line << "\n" << run.out;

    const CliRun text = cli({"history", "--db", m_db});
    ASSERT_EQ(text.code, 0) << text.err;
    EXPECT_TRUE(contains(text.out, " Ana add sources report (id 3) \"add-source report\"")) << text.out;
    EXPECT_TRUE(contains(text.out, " Ana update ties hungary-buys-gas ")) << text.out;
    const CliRun history = cli({"history", "--db", m_db, "--json"});
    ASSERT_EQ(history.code, 0) << history.err;
    const json rows = json::parse(history.out);
    ASSERT_FALSE(rows.empty());
    const json &last = rows.back();
    EXPECT_EQ(last.at("operation"), "delete");
    EXPECT_EQ(last.at("key"), "hungary");
    EXPECT_EQ(last.at("before").at("name"), "Hungary");
    EXPECT_TRUE(last.at("after").is_null());
    EXPECT_EQ(last.at("author"), "Ana");
    EXPECT_EQ(cli({"validate", m_db}).code, 0);
    EXPECT_EQ(cli({"history", "--db", m_db, "--limit", "1"}).out.find('\n'), cli({"history", "--db", m_db, "--limit",
                                                                                  "1"}).out.size() - 1);
}

TEST_F(CliEdit, BadInputExitsWith1NamingTheFileAndWritesNothing)
{
    const std::string before = dumpTables(m_db);
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"add-tie", "--id", "x", "--from", "serbia", "--to", "atlantis", "--domain", "energy", "--relation", "owns",
          "--source", "src", "--grade", "B2"},
         "tie \"x\": field \"to\": unknown entity \"atlantis\" (not in the store)"},
        {{"add-tie", "--id", "x", "--from", "serbia", "--to", "russia", "--domain", "energy", "--relation", "owns",
          "--source", "src", "--grade", "B7"},
         "is not an information credibility grade 1..6"},
        {{"edit", "tie", "serbia-pfp", "--set", "end=2001"}, "ends (2001) before it starts (2006-12-14)"},
        {{"add-entity", "--id", "serbia", "--name", "Serbia", "--kind", "state"}, "duplicate id"},
        {{"delete", "source", "src"}, "is cited by"},
        {{"edit", "entity", "atlantis", "--set", "name=A"}, "entity \"atlantis\": no such entity in the store"},
    };
    for (const auto &[args, message] : cases) {
        const CliRun run = edit(args);
        EXPECT_EQ(run.code, 1) << args[0] << ": " << run.err;
        EXPECT_TRUE(contains(run.err, m_db + ": " )) << run.err;
        EXPECT_TRUE(contains(run.err, message)) << run.err;
        EXPECT_TRUE(contains(run.err, "nothing written")) << run.err;
    }
    EXPECT_EQ(dumpTables(m_db), before);
    EXPECT_EQ(countRows(m_db, "SELECT count(*) FROM changes"), 0);
}

TEST_F(CliEdit, BadCommandLinesExitWith2)
{
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"add-tie", "--id", "x", "--from", "serbia", "--to", "russia", "--domain", "energy", "--relation", "owns"},
         "--source is required"},
        {{"edit", "tie", "serbia-pfp"}, "nothing to set"},
        {{"edit", "tie", "serbia-pfp", "--set", "oops"}, "--set takes FIELD=VALUE"},
        {{"delete", "planet", "mars"}, "unknown record type \"planet\""},
        {{"delete", "citation", "first"}, "a citation is named by its id"},
        {{"merge", "nis"}, "give MERGED and INTO"},
        {{"cite", "--source", "src", "--grade", "B2"}, "give either --tie KEY or --entity KEY"},
    };
    for (const auto &[args, message] : cases) {
        const CliRun run = edit(args);
        EXPECT_EQ(run.code, 2) << args[0] << ": " << run.err;
        EXPECT_TRUE(contains(run.err, message)) << run.err;
    }
    const CliRun noDb = cli({"add-entity", "--id", "x", "--name", "X", "--kind", "state"});
    EXPECT_EQ(noDb.code, 2);
    EXPECT_TRUE(contains(noDb.err, "the bundled store is never edited, copy it first")) << noDb.err;
}

TEST_F(CliEdit, TheBundledStoreIsNeverEdited)
{
    const std::string bundled = TIESCOPE_BUNDLED_DB;
    ASSERT_TRUE(std::filesystem::exists(bundled));
    const std::string before = readFile(bundled);
    const CliRun run = cli({"delete", "--db", bundled, "tie", "russia-protects-serbia-1807"});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(contains(run.err, "is the bundled store, which is never edited; copy it first")) << run.err;
    EXPECT_EQ(readFile(bundled), before);
}

TEST_F(CliEdit, TheAuthorIsTheOsUserUnlessNamed)
{
    ::setenv("USER", "os-user-for-test", 1);
    const CliRun run = cli({"edit", "--db", m_db, "source", "src", "--set", "url=https://example.org"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(cli({"history", "--db", m_db}).out, " os-user-for-test update sources src"));
}

TEST(CliExportDataset, TheBundledDatasetComesBackByteForByte)
{
    TempDir dir;
    const std::string db = dir.file("bundled.db");
    ASSERT_EQ(cli({"build-db", "--dataset", BundledDataset, "--out", db}).code, 0);
    const std::string out = dir.file("exported");
    const CliRun run = cli({"export-dataset", "--db", db, "--out", out});
    ASSERT_EQ(run.code, 0) << run.err;
    std::size_t files = 0;
    for (const auto &entry : std::filesystem::directory_iterator(BundledDataset)) {
        const std::string name = entry.path().filename().string();
        EXPECT_EQ(readFile((std::filesystem::path(out) / name).string()), readFile(entry.path().string())) << name;
        ++files;
    }
    EXPECT_EQ(files, 7U);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out), std::filesystem::directory_iterator()), 7);
    for (const auto &entry : std::filesystem::directory_iterator(dir.path())) // no temporary folder left
        EXPECT_EQ(entry.path().filename().string().front() != '.', true) << entry.path();
}

TEST_F(CliEdit, ExportedEditsBuildTheSameStoreAgainAndReplaceAnEarlierExport)
{
    const std::string out = m_dir.file("dataset");
    ASSERT_EQ(cli({"export-dataset", "--db", m_db, "--out", out}).code, 0);
    ASSERT_EQ(edit({"edit", "entity", "nis", "--set", "name=NIS a.d.", "--set", "aliases=NIS|Naftna"}).code, 0);
    ASSERT_EQ(edit({"delete", "tie", "serbia-pfp"}).code, 0);
    const CliRun again = cli({"export-dataset", "--db", m_db, "--out", out}); // replaces the first export whole
    ASSERT_EQ(again.code, 0) << again.err;
    const json entities = json::parse(readFile(out + "/entities.json"));
    EXPECT_EQ(entities.at(2).at("name"), "NIS a.d.");
    EXPECT_EQ(entities.at(2).at("aliases"), json::array({"NIS", "Naftna"}));
    EXPECT_EQ(json::parse(readFile(out + "/ties.json")).size(), 8U);

    const std::string rebuilt = m_dir.file("rebuilt.db");
    ASSERT_EQ(cli({"build-db", "--dataset", out, "--out", rebuilt}).code, 0);
    const std::string second = m_dir.file("second");
    ASSERT_EQ(cli({"export-dataset", "--db", rebuilt, "--out", second}).code, 0);
    for (const char *file : {"dataset.json", "entities.json", "ties.json", "sources.json"})
        EXPECT_EQ(readFile(second + "/" + file), readFile(out + "/" + file)) << file;

    // A folder that is not a dataset is never replaced.
    const std::string notes = m_dir.file("notes");
    std::filesystem::create_directory(notes);
    tiescope::fixtures::writeFile(notes + "/todo.txt", "keep");
    const CliRun refused = cli({"export-dataset", "--db", m_db, "--out", notes});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(contains(refused.err, "exists and is not a dataset folder")) << refused.err;
    EXPECT_EQ(readFile(notes + "/todo.txt"), "keep");
}

TEST_F(CliEdit, RetrievedDateArchiveAndQuoteGoThroughTheStoreIntoTheDataset)
{
    CliRun run = edit({"add-source", "--id", "report", "--title", "A report", "--written-by", "Analyst", "--kind",
                       "report", "--url", "https://example.org/report", "--retrieved", "2025-10-09", "--archive-url",
                       "https://archive.example/report"});
    ASSERT_EQ(run.code, 0) << run.err;
    run = edit({"cite", "--tie", "serbia-pfp", "--source", "report", "--grade", "B2", "--locator", "p. 3", "--quote",
                "Serbia joined in 2006."});
    ASSERT_EQ(run.code, 0) << run.err;
    // A quote is short: a page of text is refused, with the reason, and nothing is written.
    const std::string before = dumpTables(m_db);
    const CliRun tooLong =
        edit({"cite", "--tie", "serbia-pfp", "--source", "report", "--grade", "B2", "--quote", std::string(501, 'x')});
    EXPECT_EQ(tooLong.code, 1);
    EXPECT_TRUE(contains(tooLong.err, "field \"quote\": 501 characters; a quote is at most 500")) << tooLong.err;
    EXPECT_EQ(dumpTables(m_db), before);

    const std::string out = m_dir.file("dataset");
    ASSERT_EQ(cli({"export-dataset", "--db", m_db, "--out", out}).code, 0);
    const json sources = json::parse(readFile(out + "/sources.json"));
    const json &report = sources.at(2);
    EXPECT_EQ(report.at("retrieved"), "2025-10-09");
    EXPECT_EQ(report.at("archive_url"), "https://archive.example/report");
    // Written only where they hold something, so older datasets come back unchanged.
    EXPECT_FALSE(sources.at(0).contains("retrieved"));
    EXPECT_FALSE(sources.at(0).contains("archive_url"));
    const json ties = json::parse(readFile(out + "/ties.json"));
    const json &pfp = ties.at(5);
    ASSERT_EQ(pfp.at("id"), "serbia-pfp");
    EXPECT_FALSE(pfp.at("citations").at(0).contains("quote"));
    EXPECT_EQ(pfp.at("citations").at(1).at("quote"), "Serbia joined in 2006.");

    // dataset -> store -> dataset keeps them byte for byte.
    const std::string rebuilt = m_dir.file("rebuilt.db");
    ASSERT_EQ(cli({"build-db", "--dataset", out, "--out", rebuilt}).code, 0);
    const std::string second = m_dir.file("second");
    ASSERT_EQ(cli({"export-dataset", "--db", rebuilt, "--out", second}).code, 0);
    for (const char *file : {"sources.json", "ties.json"})
        EXPECT_EQ(readFile(second + "/" + file), readFile(out + "/" + file)) << file;
}

namespace {

std::int64_t newestChangeSet(const std::string &db)
{
    const CliRun history = cli({"history", "--db", db, "--json"});
    return json::parse(history.out).back().at("change_set").get<std::int64_t>();
}

} // namespace

// undo reads the change-set back from the audit trail and applies its inverse as a logged edit:
// the store returns to what it held, and undoing the undo brings the change back.
TEST_F(CliEdit, UndoTakesBackTheNewestChangeSetAndItsUndoToo)
{
    const auto before = dumpTables(m_db);
    CliRun run = edit({"add-entity", "--id", "hungary", "--name", "Hungary", "--kind", "state", "--country", "HU",
                       "--source", "src", "--grade", "B2"});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto added = dumpTables(m_db);
    run = edit({"undo"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_TRUE(contains(run.out, "(add-entity hungary)")) << run.out;
    EXPECT_TRUE(contains(run.out, "delete entities hungary")) << run.out;
    EXPECT_EQ(dumpTables(m_db), before);
    run = edit({"undo"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(dumpTables(m_db), added);
    EXPECT_EQ(cli({"validate", m_db}).code, 0);
    // A merge is logged as its steps; undone, every tie points where it did.
    run = edit({"merge", "gazprom-neft", "russia"});
    ASSERT_EQ(run.code, 0) << run.err;
    run = edit({"undo"});
    ASSERT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(dumpTables(m_db), added);
}

TEST_F(CliEdit, UndoOfAChangeSetThatLaterEditsBuildOnIsRefusedAndWritesNothing)
{
    CliRun run = edit({"add-entity", "--id", "hungary", "--name", "Hungary", "--kind", "state", "--country", "HU",
                       "--source", "src", "--grade", "B2"});
    ASSERT_EQ(run.code, 0) << run.err;
    const std::int64_t entity = newestChangeSet(m_db);
    run = edit({"add-tie", "--id", "hungary-buys-gas", "--from", "hungary", "--to", "russia", "--domain", "energy",
                "--relation", "procures", "--source", "src", "--grade", "C3"});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto both = dumpTables(m_db);
    run = edit({"undo", "--change-set", std::to_string(entity)});
    EXPECT_EQ(run.code, 1) << run.out;
    EXPECT_TRUE(contains(run.err, "nothing written")) << run.err;
    EXPECT_EQ(dumpTables(m_db), both);
    // A later edit of the same record: taking back the first would silently undo it too.
    run = edit({"edit", "tie", "hungary-buys-gas", "--set", "strength=0.5"});
    ASSERT_EQ(run.code, 0) << run.err;
    const std::int64_t firstEdit = newestChangeSet(m_db);
    run = edit({"edit", "tie", "hungary-buys-gas", "--set", "strength=0.8"});
    ASSERT_EQ(run.code, 0) << run.err;
    const auto edited = dumpTables(m_db);
    run = edit({"undo", "--change-set", std::to_string(firstEdit)});
    EXPECT_EQ(run.code, 1) << run.out;
    EXPECT_TRUE(contains(run.err, "ties hungary-buys-gas in change-set")) << run.err;
    EXPECT_EQ(dumpTables(m_db), edited);
    EXPECT_EQ(edit({"undo", "--change-set", "0"}).code, 2);
    EXPECT_EQ(edit({"undo", "--change-set", "x"}).code, 2);
    const CliRun missing = edit({"undo", "--change-set", "999"});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(contains(missing.err, "has no change-set 999")) << missing.err;
    EXPECT_EQ(dumpTables(m_db), edited);
}
