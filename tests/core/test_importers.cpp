// SPDX-License-Identifier: MIT
#include "io/importerregistry.h"

#include <atomic>
#include <fstream>
#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "datasetcopy.h"
#include "io/datasetfolderimporter.h"
#include "io/datasetreader.h"
#include "io/importsource.h"
#include "io/membersource.h"
#include "io/storeimporter.h"
#include "memorymembers.h"
#include "model/inputerror.h"
#include "smallfixture.h"
#include "store/loadcancelled.h"
#include "store/store.h"
#include "tempdir.h"

using namespace tiescope;
using fixtures::DatasetCopy;
using fixtures::MemoryMembers;
using fixtures::TempDir;

namespace {

std::string writeStore(const TempDir &dir, const Dataset &data)
{
    const std::string path = dir.file("fixture.db");
    Store store = Store::open(path, Store::Mode::Create);
    store.write(data);
    return path;
}

std::string importerFor(const std::filesystem::path &path)
{
    const Importer *importer = ImporterRegistry::builtIn().find(ImportSource(path));
    return importer ? importer->name() : "(none)";
}

// A format of its own for the test: one entity per line, "key name". Read from a stream.
class LinesImporter final : public Importer
{
public:
    [[nodiscard]] std::string name() const override { return "entity lines"; }
    [[nodiscard]] bool canRead(const ImportSource &source) const override
    {
        return source.isFile() && source.path().extension() == ".lines";
    }
    [[nodiscard]] ImportResult read(const ImportSource &source, const LoadControl &) const override
    {
        ImportResult result;
        result.dataset.addKind(EntityKind{"thing", "Thing"});
        std::ifstream in(source.path());
        std::string key;
        std::string name;
        while (in >> key >> name) {
            Entity entity;
            entity.key = key;
            entity.name = name;
            entity.kind = KindId(0);
            result.dataset.addEntity(std::move(entity));
        }
        if (result.dataset.entities().empty())
            result.problems.push_back(Problem{source.path().string(), {}, "no entity"});
        return result;
    }
};

} // namespace

TEST(Importers, TheRegistryPicksTheImporterOfEachFormat)
{
    TempDir dir;
    const Dataset fixture = fixtures::makeSmallFixture();
    const std::string store = writeStore(dir, fixture);
    const DatasetCopy folder;
    EXPECT_EQ(importerFor(store), "TieScope store");
    EXPECT_EQ(importerFor(folder.folder()), "dataset folder");

    for (const std::filesystem::path &path : {std::filesystem::path(store), folder.folder()}) {
        const ImportResult result = ImporterRegistry::builtIn().read(path);
        EXPECT_TRUE(result.ok()) << path << ": " << (result.ok() ? "" : result.problems.front().toString());
        EXPECT_EQ(result.dataset.entities().size(), 7U) << path;
        EXPECT_EQ(result.dataset.ties().size(), 9U) << path;
        EXPECT_TRUE(result.dataset.findTie("gpn-owns-nis").has_value()) << path;
    }
    const Dataset loaded = ImporterRegistry::builtIn().load(store);
    EXPECT_EQ(loaded.entity(*loaded.findEntity("nis")).name, "NIS");
}

TEST(Importers, AnInputNoImporterReadsIsAProblemNamingTheFile)
{
    TempDir dir;
    const std::string text = dir.file("notes.txt");
    std::ofstream(text) << "this is not a database, just some notes\n";
    const std::string missing = dir.file("missing.db");
    const std::string folder = dir.file("empty-folder");
    std::filesystem::create_directory(folder);
    EXPECT_EQ(importerFor(text), "(none)");
    EXPECT_EQ(importerFor(folder), "(none)"); // a folder without dataset.json

    // The built-in registry hands them to the store, whose messages people already know.
    const std::vector<std::pair<std::string, std::string>> stores{
        {text, "not a SQLite database"}, {missing, "no such file"}, {folder, "is a directory, not a database file"}};
    for (const auto &[path, message] : stores) {
        const ImportResult result = ImporterRegistry::builtIn().read(path);
        ASSERT_EQ(result.problems.size(), 1U) << path;
        EXPECT_EQ(result.problems[0].file, path);
        EXPECT_NE(result.problems[0].message.find(message), std::string::npos) << result.problems[0].message;
    }

    // A registry without a fallback says itself what it cannot read.
    ImporterRegistry registry;
    registry.add(std::make_unique<DatasetFolderImporter>());
    registry.add(std::make_unique<StoreImporter>());
    const std::vector<std::pair<std::string, std::string>> cases{
        {text, "is not in a format TieScope can read (formats: dataset folder, TieScope store)"},
        {missing, "no such file"},
        {folder, "is a directory TieScope cannot read (formats: dataset folder, TieScope store)"},
    };
    for (const auto &[path, message] : cases) {
        const ImportResult result = registry.read(path);
        ASSERT_EQ(result.problems.size(), 1U) << path;
        EXPECT_EQ(result.problems[0], (Problem{path, {}, message}));
        try {
            (void)registry.load(path);
            ADD_FAILURE() << "no error for " << path;
        } catch (const InputError &error) {
            EXPECT_EQ(std::string(error.what()), path + ": " + message);
        }
    }
}

TEST(Importers, AStoreTheStoreRefusesKeepsTheStoresOwnMessage)
{
    TempDir dir;
    const std::string empty = dir.file("empty.db");
    std::ofstream(empty).close(); // SQLite takes an empty file for an empty database
    EXPECT_EQ(importerFor(empty), "TieScope store");
    const ImportResult result = ImporterRegistry::builtIn().read(empty);
    ASSERT_EQ(result.problems.size(), 1U);
    EXPECT_EQ(result.problems[0].toString(), empty + ": an empty SQLite database, not a TieScope store");
}

TEST(Importers, ABadDatasetFolderGivesEveryProblemAndTheFirstInTheError)
{
    const DatasetCopy copy;
    copy.edit("domains", [](nlohmann::json &domains) { domains[0]["colour"] = "orange"; });
    copy.edit("ties", [](nlohmann::json &ties) { ties[0]["status"] = "rumoured"; });
    const ImportResult result = ImporterRegistry::builtIn().read(copy.folder());
    ASSERT_EQ(result.problems.size(), 2U);
    EXPECT_EQ(result.problems[0].file, copy.file("domains"));
    EXPECT_EQ(result.problems[1].file, copy.file("ties"));
    EXPECT_NE(result.problems[1].message.find("field \"status\""), std::string::npos) << result.problems[1].message;
    try {
        (void)ImporterRegistry::builtIn().load(copy.folder(), {}, "; see the log");
        ADD_FAILURE() << "a bad dataset loaded";
    } catch (const InputError &error) {
        const std::string text = error.what();
        EXPECT_EQ(text.rfind(result.problems[0].toString(), 0), 0U) << text;
        EXPECT_NE(text.find("(and 1 more problems; see the log)"), std::string::npos) << text;
    }
}

TEST(Importers, ACancelledImportThrowsAndHandsNothingOver)
{
    TempDir dir;
    const std::string store = writeStore(dir, fixtures::makeSmallFixture());
    const DatasetCopy folder;
    std::atomic<bool> cancel{true};
    LoadControl control;
    control.cancel = &cancel;
    EXPECT_THROW((void)ImporterRegistry::builtIn().read(store, control), LoadCancelled);
    EXPECT_THROW((void)ImporterRegistry::builtIn().read(folder.folder(), control), LoadCancelled);

    // Not cancelled, each reports progress ending at exactly 1.
    cancel = false;
    for (const std::filesystem::path &path : {std::filesystem::path(store), folder.folder()}) {
        std::vector<double> progress;
        control.progress = [&progress](double f) { progress.push_back(f); };
        EXPECT_TRUE(ImporterRegistry::builtIn().read(path, control).ok()) << path;
        ASSERT_FALSE(progress.empty()) << path;
        EXPECT_EQ(progress.back(), 1.0) << path;
    }
}

TEST(Importers, ANewFormatPlugsIntoARegistry)
{
    TempDir dir;
    const std::string lines = dir.file("people.lines");
    std::ofstream(lines) << "ana Ana\nbo Bo\n";
    ImporterRegistry registry;
    registry.add(std::make_unique<LinesImporter>());
    EXPECT_EQ(registry.find(ImportSource(lines))->name(), "entity lines");
    const Dataset data = registry.load(lines);
    ASSERT_EQ(data.entities().size(), 2U);
    EXPECT_EQ(data.entity(*data.findEntity("bo")).name, "Bo");
    // It reads only its own: a store is not its format.
    const std::string store = writeStore(dir, fixtures::makeSmallFixture());
    EXPECT_EQ(registry.find(ImportSource(store)), nullptr);
    EXPECT_EQ(registry.read(store).problems.at(0).message,
              "is not in a format TieScope can read (formats: entity lines)");
}

TEST(Importers, TheDatasetReaderReadsItsTablesThroughAMemberSource)
{
    std::map<std::string, std::string> members;
    for (const char *table : {"dataset", "domains", "kinds", "relations", "sources", "entities", "ties"}) {
        std::ifstream in(std::string(TIESCOPE_FIXTURES_DIR "/datasets/small/") + table + ".json", std::ios::binary);
        std::ostringstream content;
        content << in.rdbuf();
        members[std::string(table) + ".json"] = content.str();
    }
    const DatasetReader::Result fromFolder =
        DatasetReader::read(std::filesystem::path(TIESCOPE_FIXTURES_DIR "/datasets/small"));
    const DatasetReader::Result fromMemory = DatasetReader::read(MemoryMembers(members));
    ASSERT_TRUE(fromMemory.ok()) << fromMemory.problems.front().toString();
    const auto keys = [](const auto &rows) {
        std::vector<std::string> out;
        for (const auto &row : rows)
            out.push_back(row.key);
        return out;
    };
    EXPECT_EQ(keys(fromMemory.dataset.entities()), keys(fromFolder.dataset.entities()));
    EXPECT_EQ(keys(fromMemory.dataset.ties()), keys(fromFolder.dataset.ties()));
    EXPECT_EQ(fromMemory.dataset.ties().size(), 9U);

    // Problems name the member as the source names it.
    members.erase("kinds.json");
    members["ties.json"] = "[not json";
    const DatasetReader::Result broken = DatasetReader::read(MemoryMembers(members));
    ASSERT_GE(broken.problems.size(), 2U);
    EXPECT_EQ(broken.problems[0], (Problem{"memory:kinds.json", {}, "not in memory"}));
    bool badJson = false;
    for (const Problem &problem : broken.problems)
        badJson = badJson || (problem.file == "memory:ties.json" && problem.message.rfind("invalid JSON", 0) == 0);
    EXPECT_TRUE(badJson);
}
