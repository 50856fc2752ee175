// SPDX-License-Identifier: MIT
// End-to-end tests of tiescope-cli: the built binary is run as a user runs it, and what it
// prints, exits with and writes is checked.
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "clirun.h"
#include "datasetcopy.h"
#include "tempdir.h"
#include "testfiles.h"

using tiescope::fixtures::CliRun;
using tiescope::fixtures::DatasetCopy;
using tiescope::fixtures::cli;
using tiescope::fixtures::TempDir;
using tiescope::fixtures::rawExec;
using tiescope::fixtures::readFile;
using nlohmann::json;

namespace {

const std::string SmallDataset = TIESCOPE_FIXTURES_DIR "/datasets/small";

std::size_t lineCount(const std::string &text)
{
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

// The count printed on the "  KEY  N" line of `info`'s output, or -1.
long countFor(const std::string &info, const std::string &key)
{
    std::istringstream lines(info);
    std::string line;
    while (std::getline(lines, line)) {
        std::istringstream words(line);
        std::string first;
        long count = -1;
        if (words >> first >> count && first == key && line.rfind("  ", 0) == 0)
            return count;
    }
    return -1;
}

// A fixture database built by the CLI itself.
class CliWithDatabase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const CliRun build = cli({"build-db", "--dataset", SmallDataset, "--out", m_db});
        ASSERT_EQ(build.code, 0) << build.err;
    }

    TempDir m_dir;
    const std::string m_db = m_dir.file("small.db");
};

// The command names of the "Commands:" list that `tiescope-cli --help` prints from the registry.
std::vector<std::string> listedCommands(const std::string &help)
{
    std::vector<std::string> names;
    std::istringstream lines(help.substr(std::min(help.size(), help.find("Commands:\n"))));
    std::string line;
    std::getline(lines, line); // the heading
    while (std::getline(lines, line) && !line.empty()) {
        std::istringstream words(line);
        std::string name;
        words >> name;
        names.push_back(name);
    }
    return names;
}

} // namespace

TEST_F(CliWithDatabase, BuildInfoExportRoundTrip)
{
    const CliRun info = cli({"--db", m_db, "info"});
    ASSERT_EQ(info.code, 0) << info.err;
    EXPECT_TRUE(contains(info.out, "Title:    Small fixture\n")) << info.out;
    EXPECT_TRUE(contains(info.out, "Ties:     9\n")) << info.out;
    EXPECT_TRUE(contains(info.out, "Dates:    1807 .. 2027 (2 undated ties)\n")) << info.out;
    EXPECT_EQ(countFor(info.out, "energy"), 3);
    EXPECT_EQ(countFor(info.out, "organisation"), 2);
    EXPECT_EQ(countFor(info.out, "alleged"), 1);
    EXPECT_EQ(countFor(info.out, "ended"), 0);

    const std::string out = m_dir.file("energy.json");
    const CliRun exported = cli({"export", "--db", m_db, "--json", out, "--domain", "energy", "--from", "2010",
                              "--status", "confirmed", "--hide-isolated"});
    ASSERT_EQ(exported.code, 0) << exported.err;
    const json snapshot = json::parse(readFile(out));
    EXPECT_EQ(snapshot.at("format").get<std::string>(), "tiescope-snapshot");
    EXPECT_EQ(snapshot.at("format_version").get<int>(), 1);
    EXPECT_EQ(snapshot.at("dataset").at("title").get<std::string>(), "Small fixture");
    const json &filter = snapshot.at("filter");
    EXPECT_EQ(filter.at("domains"), json::array({"energy"}));
    EXPECT_EQ(filter.at("statuses"), json::array({"confirmed"}));
    EXPECT_EQ(filter.at("from").get<std::string>(), "2010");
    EXPECT_TRUE(filter.at("to").is_null());
    EXPECT_TRUE(filter.at("kinds").is_null());
    EXPECT_EQ(filter.at("isolated").get<std::string>(), "hide"); // --hide-isolated is --isolated hide
    EXPECT_FALSE(filter.contains("hide_isolated"));

    ASSERT_EQ(snapshot.at("ties").size(), 3U);
    EXPECT_EQ(snapshot.at("entities").size(), 4U); // gazprom-neft, nis, russia, serbia
    const json &gpn = snapshot.at("ties").at(0);
    EXPECT_EQ(gpn.at("id").get<std::string>(), "gpn-owns-nis");
    EXPECT_EQ(gpn.at("from").get<std::string>(), "gazprom-neft");
    EXPECT_EQ(gpn.at("start").get<std::string>(), "2008");
    EXPECT_TRUE(gpn.at("end").is_null());
    EXPECT_EQ(gpn.at("domain").get<std::string>(), "energy");
    EXPECT_EQ(gpn.at("status").get<std::string>(), "confirmed");
    EXPECT_DOUBLE_EQ(gpn.at("strength").get<double>(), 0.95);
    ASSERT_EQ(gpn.at("citations").size(), 2U);
    EXPECT_EQ(gpn.at("citations").at(1).at("source").get<std::string>(), "other");
    EXPECT_EQ(gpn.at("citations").at(1).at("grade").get<std::string>(), "C3");
    ASSERT_EQ(snapshot.at("sources").size(), 2U);
    const json &other = snapshot.at("sources").at(1);
    EXPECT_EQ(other.at("id").get<std::string>(), "other");
    EXPECT_EQ(other.at("url").get<std::string>(), "https://example.org/statement");
    EXPECT_TRUE(other.at("publisher").is_null());
}

TEST_F(CliWithDatabase, ExportFiltersByDateWindowAndGrade)
{
    const std::string out = m_dir.file("window.json");
    // Only ties that share a day with 2016..2016 and have a citation at B2 or better.
    const CliRun run = cli({"export", "--db", m_db, "--json", out, "--from", "2016", "--to", "2016", "--min-grade", "B2"});
    ASSERT_EQ(run.code, 0) << run.err;
    std::vector<std::string> ids;
    const json snapshot = json::parse(readFile(out));
    for (const json &tie : snapshot.at("ties"))
        ids.push_back(tie.at("id").get<std::string>());
    EXPECT_EQ(ids, (std::vector<std::string>{"gpn-owns-nis", "nis-supplies-serbia", "serbia-pfp"}));
}

TEST_F(CliWithDatabase, ExportWithALayoutAddsEveryVisiblePositionDeterministically)
{
    const std::string a = m_dir.file("a.json");
    const std::string b = m_dir.file("b.json");
    ASSERT_EQ(cli({"export", "--db", m_db, "--json", a, "--domain", "energy", "--hide-isolated", "--layout", "circular"})
                  .code,
              0);
    ASSERT_EQ(cli({"export", "--db", m_db, "--json", b, "--domain", "energy", "--hide-isolated", "--layout", "circular"})
                  .code,
              0);
    const json first = json::parse(readFile(a));
    const json &positions = first.at("positions");
    ASSERT_EQ(positions.size(), first.at("entities").size());
    for (const json &entity : first.at("entities")) {
        const json &point = positions.at(entity.at("id").get<std::string>());
        ASSERT_EQ(point.size(), 2U);
        EXPECT_TRUE(point.at(0).is_number() && point.at(1).is_number());
    }
    // Four entities on a circle: not all in one place.
    EXPECT_NE(positions.at("nis"), positions.at("serbia"));
    EXPECT_EQ(json::parse(readFile(b)).at("positions"), positions);
    // Without --layout there are none; an unknown layout is a command-line error.
    ASSERT_EQ(cli({"export", "--db", m_db, "--json", b}).code, 0);
    EXPECT_FALSE(json::parse(readFile(b)).contains("positions"));
    const CliRun bad = cli({"export", "--db", m_db, "--json", b, "--layout", "spiral"});
    EXPECT_EQ(bad.code, 2);
    EXPECT_TRUE(contains(bad.err, "unknown layout 'spiral'")) << bad.err;
}

TEST_F(CliWithDatabase, ValidateACleanDatabase)
{
    const CliRun run = cli({"validate", m_db});
    EXPECT_EQ(run.code, 0) << run.out << run.err;
    EXPECT_TRUE(contains(run.out, "valid (7 entities, 9 ties)")) << run.out;
}

TEST_F(CliWithDatabase, ValidateReportsDataRulesInADatabase)
{
    rawExec(m_db, "UPDATE ties SET end_date = '1999' WHERE key = 'serbia-pfp';"
                 "DELETE FROM citations WHERE tie_id = (SELECT id FROM ties WHERE key = 'eu-serbia-planned');");
    const CliRun run = cli({"--db", m_db, "validate"});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(lineCount(run.out), 2U) << run.out;
    EXPECT_TRUE(contains(run.out, m_db + ": tie \"serbia-pfp\": ends (1999) before it starts (2006-12-14)\n")) << run.out;
    EXPECT_TRUE(contains(run.out, m_db + ": tie \"eu-serbia-planned\": has no citation")) << run.out;
}

TEST_F(CliWithDatabase, RebuildReplacesTheDatabaseAtomically)
{
    // A failed build leaves the previous database as it was, and no temporary file.
    DatasetCopy broken;
    broken.edit("ties", [](json &ties) { ties[0]["status"] = "unknown"; });
    const std::string before = readFile(m_db);
    const CliRun run = cli({"build-db", "--dataset", broken.folder().string(), "--out", m_db});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(contains(run.err, "ties.json: tie \"gpn-owns-nis\": field \"status\"")) << run.err;
    EXPECT_TRUE(contains(run.err, "1 problem; nothing written")) << run.err;
    EXPECT_EQ(readFile(m_db), before);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir.path()), {}), 1);
    // A successful one replaces it.
    EXPECT_EQ(cli({"build-db", "--dataset", SmallDataset, "--out", m_db}).code, 0);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir.path()), {}), 1);
}

TEST(Cli, InfoReadsADatasetFolderToo)
{
    const CliRun run = cli({"info", "--db", SmallDataset});
    EXPECT_EQ(run.code, 0) << run.err;
    EXPECT_EQ(countFor(run.out, "arms"), 2);
}

TEST(Cli, ValidateADatasetFolderPrintsEveryProblem)
{
    DatasetCopy copy;
    copy.edit("domains", [](json &d) { d[0]["colour"] = "orange"; });
    copy.edit("ties", [](json &t) { t[1]["start"] = "2023-02-29"; });
    const CliRun run = cli({"validate", copy.folder().string()});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(lineCount(run.out), 2U) << run.out;
    EXPECT_TRUE(contains(run.out, copy.file("domains") + ": domain \"energy\": colour \"orange\"")) << run.out;
    EXPECT_TRUE(contains(run.out, copy.file("ties") + ": tie \"russia-owns-gpn\": field \"start\"")) << run.out;
    EXPECT_TRUE(contains(run.err, "2 problems")) << run.err;
    EXPECT_EQ(cli({"validate", SmallDataset}).code, 0);
}

TEST(Cli, HelpEverywhere)
{
    const CliRun global = cli({"--help"});
    EXPECT_EQ(global.code, 0);
    EXPECT_EQ(global.err, "");
    const std::vector<std::string> commands = listedCommands(global.out);
    // Every command the registry has is listed, so each one added later is covered below too.
    for (const char *known : {"info", "validate", "build-db", "export", "chains", "exposure", "cuts", "path", "rank",
                              "communities", "generate"})
        EXPECT_NE(std::find(commands.begin(), commands.end(), known), commands.end()) << known << "\n" << global.out;
    for (const std::string &command : commands) {
        for (const char *help : {"--help", "-h"}) {
            const CliRun run = cli({command, help});
            EXPECT_EQ(run.code, 0) << command << " " << help << "\n" << run.err;
            EXPECT_EQ(run.out.rfind("Usage: tiescope-cli " + command + " ", 0), 0U) << command << "\n" << run.out;
            EXPECT_TRUE(contains(run.out, "  -h, --help")) << command << "\n" << run.out;
            EXPECT_EQ(run.err, "") << command;
        }
    }
    const CliRun exportHelp = cli({"export", "-h"});
    EXPECT_TRUE(contains(exportHelp.out, "Usage: tiescope-cli export --json FILE")) << exportHelp.out;
    EXPECT_TRUE(contains(exportHelp.out, "--min-grade GRADE")) << exportHelp.out;
    EXPECT_TRUE(contains(exportHelp.out, "--isolated MODE")) << exportHelp.out;
}

TEST_F(CliWithDatabase, ExportRecordsWhatToDoWithIsolatedEntities)
{
    // Arms alone leaves four of the seven entities without a tie: only "hide" drops them.
    for (const auto &[mode, entities] :
         std::vector<std::pair<std::string, std::size_t>>{{"fade", 7}, {"hide", 3}, {"show", 7}}) {
        const std::string out = m_dir.file(mode + ".json");
        const CliRun run = cli({"export", "--db", m_db, "--json", out, "--domain", "arms", "--isolated", mode});
        ASSERT_EQ(run.code, 0) << run.err;
        const json snapshot = json::parse(readFile(out));
        EXPECT_EQ(snapshot.at("filter").at("isolated").get<std::string>(), mode);
        EXPECT_EQ(snapshot.at("entities").size(), entities) << mode;
    }
}

TEST(Cli, CommandLineErrorsExitWith2AndOneLine)
{
    TempDir dir;
    const std::string db = dir.file("x.db");
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{}, "no command given"},
        {{"frobnicate"}, "unknown command 'frobnicate'"},
        {{"--verbose", "info"}, "unknown option '--verbose'"},
        {{"info", "--verbose"}, "tiescope-cli: info: unknown option '--verbose'"},
        {{"info", "extra"}, "unexpected argument 'extra'"},
        {{"export", "--domain", "energy"}, "--json FILE or --out FILE is required"},
        {{"export", "--format", "xlsx", "--out", db}, "--format must be json, csv, graphml, gexf, cyjs or ftm, not 'xlsx'"},
        {{"export", "--format", "gexf", "--json", db}, "--json writes a snapshot; use --out FILE with --format gexf"},
        {{"export", "--format", "gexf", "--out", db, "--gexf-version", "2"}, "--gexf-version must be 1.3 or 1.2"},
        {{"export", "--json", db, "--out", db}, "give --json FILE or --out FILE, not both"},
        {{"export", "--json"}, "option '--json' needs a value FILE"},
        {{"export", "--json", db, "--json", db}, "given more than once"},
        {{"export", "--json", db, "--from", "2023-02-29"}, "'2023-02-29' is not a date"},
        {{"export", "--json", db, "--from", "2020", "--to", "2019"}, "--to 2019 is before --from 2020"},
        {{"export", "--json", db, "--status", "rumoured"}, "unknown status 'rumoured'"},
        {{"export", "--json", db, "--min-grade", "B7"}, "'B7' is not an Admiralty grade"},
        {{"export", "--json", db, "--domain", ""}, "empty value"},
        {{"export", "--json", db, "--isolated", "sometimes"}, "'sometimes' is not fade, hide or show"},
        {{"export", "--json", db, "--isolated", "show", "--hide-isolated"},
         "--hide-isolated contradicts --isolated show"},
        {{"build-db", "--out", db}, "--dataset DIR is required"},
        {{"--db", "", "info"}, "--db needs a non-empty PATH"},
        {{"--help=yes"}, "takes no value"},
    };
    for (const auto &[args, message] : cases) {
        const CliRun run = cli(args);
        std::string joined;
        for (const auto &arg : args)
            joined += arg + " ";
        EXPECT_EQ(run.code, 2) << joined << "\n" << run.err;
        EXPECT_EQ(lineCount(run.err), 1U) << joined << "\n" << run.err;
        EXPECT_TRUE(contains(run.err, message)) << joined << "\n" << run.err;
        EXPECT_EQ(run.err.rfind("tiescope-cli: ", 0), 0U) << run.err;
        EXPECT_FALSE(std::filesystem::exists(db)) << joined;
    }
}

TEST(Cli, UnknownDomainOrKindListsTheValidOnes)
{
    TempDir dir;
    const std::string out = dir.file("never-written.json");
    const CliRun domain = cli({"export", "--db", SmallDataset, "--json", out, "--domain", "space"});
    EXPECT_EQ(domain.code, 2);
    EXPECT_TRUE(contains(domain.err, "unknown domain 'space' (valid: energy, arms, intelligence, diplomacy, economy)"))
        << domain.err;
    const CliRun kind = cli({"export", "--db", SmallDataset, "--json", out, "--kind", "person"});
    EXPECT_EQ(kind.code, 2);
    EXPECT_TRUE(contains(kind.err, "unknown kind 'person' (valid: state, company, weapon-system, organisation)"))
        << kind.err;
    EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(Cli, BadInputFilesExitWith1AndNameTheFile)
{
    TempDir dir;
    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "this is not a database, just some text that is long enough to look like something\n";
    const std::string empty = dir.file("empty.db");
    rawExec(empty, "CREATE TABLE t (x)");
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases{
        {{"--db", dir.file("missing.db"), "info"}, "tiescope-cli: " + dir.file("missing.db") + ": no such file"},
        {{"--db", text, "info"}, "tiescope-cli: " + text + ": "},
        {{"--db", dir.path().string(), "info"}, "tiescope-cli: " + dir.path().string() + ": is a directory"},
        {{"validate", text}, "tiescope-cli: " + text + ": "},
        {{"validate", dir.path().string()}, "tiescope-cli: " + dir.path().string() + ": is a directory"},
        {{"--db", empty, "info"}, "not a TieScope store"},
        {{"build-db", "--dataset", dir.file("nowhere"), "--out", dir.file("x.db")}, "nowhere: no such directory"},
    };
    for (const auto &[args, message] : cases) {
        const CliRun run = cli(args);
        EXPECT_EQ(run.code, 1) << message << "\n" << run.err;
        EXPECT_TRUE(contains(run.err, message)) << run.err;
        EXPECT_EQ(lineCount(run.err), 1U) << run.err;
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("x.db")));
}

TEST_F(CliWithDatabase, ExportToAMissingDirectoryWritesNothing)
{
    const std::string target = m_dir.file("no/such/dir/out.json");
    const CliRun run = cli({"export", "--db", m_db, "--json", target});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(run.err, "tiescope-cli: " + target + ": directory " + m_dir.file("no/such/dir") + " does not exist\n");
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(m_dir.path()), {}), 1); // only small.db
}

TEST_F(CliWithDatabase, BuildIntoAMissingDirectoryWritesNothing)
{
    const CliRun run = cli({"build-db", "--dataset", SmallDataset, "--out", m_dir.file("missing/x.db")});
    EXPECT_EQ(run.code, 1);
    EXPECT_EQ(lineCount(run.err), 1U) << run.err;
    EXPECT_FALSE(std::filesystem::exists(m_dir.file("missing")));
}

TEST_F(CliWithDatabase, TruncatedDatabase)
{
    const std::string data = readFile(m_db);
    const std::string truncated = m_dir.file("truncated.db");
    std::ofstream(truncated, std::ios::binary) << data.substr(0, data.size() / 2);
    for (const char *command : {"info", "validate"}) {
        const CliRun run = cli({"--db", truncated, command});
        EXPECT_EQ(run.code, 1) << command << run.out << run.err;
        EXPECT_TRUE(contains(run.err + run.out, truncated)) << run.err;
    }
}

TEST_F(CliWithDatabase, CorruptedDatabaseFailsValidation)
{
    // Overwrite the middle pages (the data, not the header) with garbage.
    std::string data = readFile(m_db);
    ASSERT_GT(data.size(), 8192U);
    for (std::size_t i = 4096; i < data.size() - 1024; i += 3)
        data[i] = static_cast<char>(0xA5 ^ static_cast<unsigned char>(data[i]));
    const std::string corrupted = m_dir.file("corrupted.db");
    std::ofstream(corrupted, std::ios::binary) << data;
    const CliRun run = cli({"validate", corrupted});
    EXPECT_EQ(run.code, 1) << run.out << run.err;
    EXPECT_TRUE(contains(run.out + run.err, corrupted)) << run.out << run.err;
}

TEST_F(CliWithDatabase, NewerSchemaIsRefused)
{
    rawExec(m_db, "PRAGMA user_version = 99");
    const CliRun run = cli({"--db", m_db, "info"});
    EXPECT_EQ(run.code, 1);
    EXPECT_TRUE(contains(run.err, "tiescope-cli: " + m_db + ": schema version 99 is newer")) << run.err;
    EXPECT_EQ(lineCount(run.err), 1U);
}

TEST(Cli, ProblemOutputIsPlainText)
{
    DatasetCopy copy;
    copy.edit("dataset", [](json &d) { d["title"] = "Evil\x1b[2J\ntitle"; });
    const CliRun run = cli({"info", "--db", copy.folder().string()});
    EXPECT_EQ(run.code, 0) << run.err;
    EXPECT_FALSE(contains(run.out, "\x1b")) << run.out;
    EXPECT_TRUE(contains(run.out, "Title:    Evil?[2J?title\n")) << run.out;
}

TEST_F(CliWithDatabase, DiffListsWhatBeganAndEndedBetweenTwoDates)
{
    const CliRun text = cli({"--db", m_db, "diff", "--at", "2022", "--at", "2016"});
    ASSERT_EQ(text.code, 0) << text.err;
    // The later date given first: the earlier one is still A.
    EXPECT_TRUE(contains(text.out, "Between 2016 and 2022: 1 began, 1 ended")) << text.out;
    EXPECT_TRUE(contains(text.out, "2 undated left out")) << text.out;

    const CliRun json = cli({"--db", m_db, "diff", "--at", "2016", "--at", "2022", "--json"});
    ASSERT_EQ(json.code, 0) << json.err;
    const auto document = nlohmann::json::parse(json.out);
    std::map<std::string, std::string> changes;
    for (const auto &change : document.at("changes"))
        changes[change.at("id").get<std::string>()] = change.at("change").get<std::string>();
    EXPECT_EQ(changes["serbia-buys-mig"], "began");
    EXPECT_EQ(changes["russia-serbia-intel"], "ended");
    EXPECT_EQ(changes.count("russia-makes-mig"), 0u); // undated: never listed
    EXPECT_EQ(document.at("undated").get<int>(), 2);

    const CliRun filtered = cli({"--db", m_db, "diff", "--at", "2016", "--at", "2022", "--domain", "arms", "--json"});
    ASSERT_EQ(filtered.code, 0) << filtered.err;
    EXPECT_EQ(nlohmann::json::parse(filtered.out).at("changes").size(), 1u);
}

TEST_F(CliWithDatabase, DiffRefusesMalformedWindows)
{
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"diff", "--at", "2016"}, {"diff", "--at", "2016", "--at", "soon"},
          {"diff", "--at", "2016", "--at", "2020/2010"}, {"diff", "--at", "2016", "--at", "2020", "--from", "2010"}}) {
        std::vector<std::string> full{"--db", m_db};
        full.insert(full.end(), args.begin(), args.end());
        const CliRun run = cli(full);
        EXPECT_EQ(run.code, 2) << run.out;
        EXPECT_TRUE(contains(run.err, "diff")) << run.err;
        EXPECT_TRUE(run.out.empty()) << run.out;
    }
}
