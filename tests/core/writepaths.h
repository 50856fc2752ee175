// SPDX-License-Identifier: MIT
#pragma once

// Every write path of tiescope-cli (and Store::saveCopy through a small driver), each as the
// command line that writes one target, and what that target holds afterwards, for the tests
// that kill the writers (test_killpaths) and make their writes fail (test_writefailures).
// Each path writes a new target from the small fixture, or an older one from an edited copy.
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <ostream>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "clirun.h"
#include "killharness.h"
#include "storedump.h"
#include "store/store.h"

namespace tiescope::fixtures {

enum class TargetKind
{
    File,
    Folder,
    Store
};

// The files a write path reads, made once per test suite.
struct WriteInputs
{
    std::string smallDb;       // built from tests/fixtures/datasets/small
    std::string editedDb;      // the same with one entity renamed: the older target
    std::string editedDataset; // editedDb written back as a dataset folder
    std::string cleanGexf;     // tests/fixtures/import/gephi.gexf without its duplicate edge id
};

struct WritePath
{
    std::string name;
    std::string program;
    TargetKind kind;
    // The command line writing `target`: from the inputs, or (older) from the edited ones.
    std::function<std::vector<std::string>(const WriteInputs &, const std::string &target, bool older)> args;
    bool olderIsAnEmptyFolder = false; // the only folder it may replace (the CSV export)
};

inline void PrintTo(const WritePath &path, std::ostream *out)
{
    *out << path.name;
}

inline const std::string ImportFixtures = TIESCOPE_FIXTURES_DIR "/import/";

inline std::vector<WritePath> writePaths()
{
    const auto db = [](const WriteInputs &in, bool older) { return older ? in.editedDb : in.smallDb; };
    std::vector<WritePath> paths;
    paths.push_back(
        {"BuildDb", TIESCOPE_CLI, TargetKind::Store, [](const WriteInputs &in, const std::string &t, bool older) {
             return std::vector<std::string>{"build-db", "--dataset",
                                             older ? in.editedDataset : TIESCOPE_FIXTURES_DIR "/datasets/small",
                                             "--out", t};
         }});
    paths.push_back(
        {"ExportJson", TIESCOPE_CLI, TargetKind::File, [db](const WriteInputs &in, const std::string &t, bool older) {
             return std::vector<std::string>{"--db", db(in, older), "export", "--json", t};
         }});
    for (const char *format : {"csv", "graphml", "gexf", "cyjs", "ftm"}) {
        const std::string name = std::string("Export") + static_cast<char>(format[0] - 'a' + 'A') + (format + 1);
        const TargetKind kind = std::string(format) == "csv" ? TargetKind::Folder : TargetKind::File;
        paths.push_back({name, TIESCOPE_CLI, kind,
                         [db, format](const WriteInputs &in, const std::string &t, bool older) {
                             return std::vector<std::string>{"--db", db(in, older), "export", "--format",
                                                             format, "--out",       t};
                         },
                         kind == TargetKind::Folder});
    }
    paths.push_back(
        {"ExportGexf12", TIESCOPE_CLI, TargetKind::File, [db](const WriteInputs &in, const std::string &t, bool older) {
             return std::vector<std::string>{"--db",           db(in, older), "export", "--format", "gexf",
                                             "--gexf-version", "1.2",         "--out",  t};
         }});
    // render exists only when the GUI is built (it draws with the window's scene).
    for (const char *picture : {"png", "svg"}) {
        if (!TIESCOPE_CLI_RENDERS)
            break;
        const std::string name = std::string("Render") + (picture[0] == 'p' ? "Png" : "Svg");
        paths.push_back({name, TIESCOPE_CLI, TargetKind::File,
                         [db, picture](const WriteInputs &in, const std::string &t, bool older) {
                             return std::vector<std::string>{
                                 "--db", db(in, older), "render", std::string("--") + picture, t, "--width",
                                 "320",  "--height",    "200"};
                         }});
    }
    paths.push_back({"ExportDataset", TIESCOPE_CLI, TargetKind::Folder,
                     [db](const WriteInputs &in, const std::string &t, bool older) {
                         return std::vector<std::string>{"--db", db(in, older), "export-dataset", "--out", t};
                     }});
    paths.push_back(
        {"Generate", TIESCOPE_CLI, TargetKind::Store, [](const WriteInputs &, const std::string &t, bool older) {
             return std::vector<std::string>{"generate", "--ties", "40", "--seed", older ? "2" : "1", "--out", t};
         }});
    paths.push_back({"StoreCopy", TIESCOPE_STORE_COPY, TargetKind::Store,
                     [db](const WriteInputs &in, const std::string &t, bool older) {
                         return std::vector<std::string>{db(in, older), t};
                     }});
    // Imports make the store when it is missing; the older store holds the other format's import.
    const auto import = [](const WriteInputs &in, const std::string &t, bool gexf) {
        std::vector<std::string> args{"--db", t, "import", "--format"};
        if (gexf)
            args.insert(args.end(), {"gexf", in.cleanGexf});
        else
            args.insert(args.end(), {"csv", ImportFixtures + "entities.csv", ImportFixtures + "ties.csv"});
        args.insert(args.end(),
                    {"--default-source", "report", "--default-source-title", "A report", "--default-grade", "B2"});
        return args;
    };
    paths.push_back(
        {"ImportCsv", TIESCOPE_CLI, TargetKind::Store,
         [import](const WriteInputs &in, const std::string &t, bool older) { return import(in, t, older); }});
    paths.push_back(
        {"ImportGexf", TIESCOPE_CLI, TargetKind::Store,
         [import](const WriteInputs &in, const std::string &t, bool older) { return import(in, t, !older); }});
    return paths;
}

inline std::string pathName(const ::testing::TestParamInfo<WritePath> &info)
{
    return info.param.name;
}

// Makes the inputs in `dir`; fails the test when a step does.
inline void makeWriteInputs(const std::filesystem::path &dir, WriteInputs &in)
{
    in.smallDb = (dir / "small.db").string();
    in.editedDb = (dir / "edited.db").string();
    in.editedDataset = (dir / "edited-dataset").string();
    in.cleanGexf = (dir / "clean.gexf").string();
    for (const std::vector<std::string> &args :
         {std::vector<std::string>{"build-db", "--dataset", TIESCOPE_FIXTURES_DIR "/datasets/small", "--out",
                                   in.smallDb},
          std::vector<std::string>{"build-db", "--dataset", TIESCOPE_FIXTURES_DIR "/datasets/small", "--out",
                                   in.editedDb},
          std::vector<std::string>{"--db", in.editedDb, "edit", "entity", "russia", "--set", "name=Russian Federation"},
          std::vector<std::string>{"--db", in.editedDb, "export-dataset", "--out", in.editedDataset}}) {
        const CliRun run = cli(args);
        ASSERT_EQ(run.code, 0) << args[0] << ": " << run.err;
    }
    std::string gexf = readFile(ImportFixtures + "gephi.gexf");
    const std::size_t second = gexf.rfind("id=\"e1\"");
    ASSERT_NE(second, std::string::npos);
    gexf.replace(second, 7, "id=\"e2\"");
    writeFile(in.cleanGexf, gexf);
}

// What a target holds: nullopt when it is absent; else its files by relative path ("" for a
// file), timestamps of the run blanked; a store as its tables' rows, or why it is broken.
using TargetState = std::optional<std::map<std::string, std::string>>;

inline TargetState readTarget(const std::filesystem::path &target, TargetKind kind)
{
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::exists(fs::symlink_status(target, error)))
        return std::nullopt;
    std::map<std::string, std::string> files;
    if (kind == TargetKind::Store) {
        try {
            const Store store = Store::open(target.string(), Store::Mode::ReadOnly);
            const std::vector<std::string> problems = store.integrityProblems();
            if (!problems.empty())
                return std::map<std::string, std::string>{{"!", "integrity: " + problems.front()}};
            (void)store.load();
        } catch (const std::exception &e) {
            return std::map<std::string, std::string>{{"!", e.what()}};
        }
    }
    static const std::regex timestamp("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    if (kind == TargetKind::Store) {
        files[""] = std::regex_replace(dumpTables(target.string()), timestamp, "TIME");
        return files;
    }
    const auto read = [&](const fs::path &file) {
        return std::regex_replace(readFile(file.string()), timestamp, "TIME");
    };
    if (kind == TargetKind::File)
        files[""] = read(target);
    else
        for (const auto &entry : fs::recursive_directory_iterator(target, error))
            files[fs::relative(entry.path(), target).string()] = entry.is_directory() ? "/" : read(entry.path());
    return files;
}

// What a state is, in a few words (the states themselves can be pictures).
inline std::string describe(const TargetState &state)
{
    if (!state)
        return "absent";
    if (state->count("!"))
        return "broken: " + state->at("!");
    std::size_t bytes = 0;
    for (const auto &[name, content] : *state)
        bytes += content.size();
    return std::to_string(state->size()) + " file(s), " + std::to_string(bytes) + " bytes";
}

// Removes what is at `target` (a store with its journal) and, unless `copyOf` is empty,
// copies `copyOf` there.
inline void restoreTarget(const std::filesystem::path &target, const std::filesystem::path &copyOf)
{
    namespace fs = std::filesystem;
    std::error_code error;
    fs::remove_all(target, error);
    for (const char *side : {"-wal", "-shm"})
        fs::remove(target.string() + side, error);
    if (!copyOf.empty())
        fs::copy(copyOf, target, fs::copy_options::recursive);
}

// The names in `folder` other than the target's ("target"); beside a store, SQLite's own
// journal (-wal, -shm: what the next open replays, and what any read-only open of a WAL store
// leaves) counts as the store.
inline std::vector<std::string> leftBeside(const std::filesystem::path &folder, TargetKind kind)
{
    std::vector<std::string> names = entriesOf(folder);
    std::erase(names, "target");
    if (kind == TargetKind::Store) {
        std::erase(names, "target-wal");
        std::erase(names, "target-shm");
    }
    return names;
}

// A test over one write path: the inputs, made once per suite (readable by nobody too, for the
// read-only folder test), SIGCHLD blocked for runAndKill, and a fresh folder.
class WritePathTest : public ::testing::TestWithParam<WritePath>
{
protected:
    static void SetUpTestSuite()
    {
        s_inputsDir = std::make_unique<TempDir>();
        std::filesystem::permissions(s_inputsDir->path(),
                                     std::filesystem::perms::others_read | std::filesystem::perms::others_exec,
                                     std::filesystem::perm_options::add);
        makeWriteInputs(s_inputsDir->path(), s_inputs);
    }
    static void TearDownTestSuite() { s_inputsDir.reset(); }

    inline static std::unique_ptr<TempDir> s_inputsDir;
    inline static WriteInputs s_inputs;
    SigchldBlock m_sigchld;
    TempDir m_dir;
};

} // namespace tiescope::fixtures
