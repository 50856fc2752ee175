// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include <csignal>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <sys/resource.h>

#include "model/inputerror.h"
#include "tempdir.h"

using namespace tiescope;
using fixtures::TempDir;

namespace {

std::string contentOf(const std::filesystem::path &path)
{
    std::ifstream in(path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::size_t entriesIn(const std::filesystem::path &directory)
{
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(directory), {}));
}

} // namespace

TEST(AtomicFile, CommitReplacesTheTarget)
{
    TempDir dir;
    std::ofstream(dir.file("out.json")) << "old";
    {
        AtomicFile file(dir.file("out.json"));
        EXPECT_EQ(file.temporaryPath().parent_path(), dir.path());
        EXPECT_FALSE(std::filesystem::exists(file.temporaryPath()));
        std::ofstream(file.temporaryPath()) << "new";
        EXPECT_EQ(contentOf(dir.file("out.json")), "old"); // untouched until commit
        file.commit();
    }
    EXPECT_EQ(contentOf(dir.file("out.json")), "new");
    EXPECT_EQ(entriesIn(dir.path()), 1U);
}

TEST(AtomicFile, WithoutCommitNothingIsLeftBehind)
{
    TempDir dir;
    {
        AtomicFile file(dir.file("out.db"));
        std::ofstream(file.temporaryPath()) << "half";
        std::filesystem::path journal = file.temporaryPath();
        journal += "-journal";
        std::ofstream(journal) << "journal";
    }
    EXPECT_EQ(entriesIn(dir.path()), 0U);
}

TEST(AtomicFile, MissingDirectoryNamesTheTarget)
{
    TempDir dir;
    const std::string target = dir.file("missing/out.json");
    try {
        AtomicFile file(target);
        FAIL() << "no error";
    } catch (const InputError &error) {
        EXPECT_EQ(error.file(), target);
        EXPECT_NE(error.problem().find("does not exist"), std::string::npos);
    }
}

TEST(AtomicFile, TargetThatIsADirectory)
{
    TempDir dir;
    EXPECT_THROW(AtomicFile file(dir.path().string()), InputError);
}

TEST(AtomicFile, CommitWithNothingWrittenFails)
{
    TempDir dir;
    AtomicFile file(dir.file("out.json"));
    EXPECT_THROW(file.commit(), InputError);
    EXPECT_FALSE(std::filesystem::exists(dir.file("out.json")));
}

TEST(AtomicFile, WriteWholeReplacesTheTarget)
{
    TempDir dir;
    const auto target = dir.file("snapshot.json");
    std::ofstream(target) << "older";
    AtomicFile::writeWhole(target, "newer");
    EXPECT_EQ(contentOf(target), "newer");
    EXPECT_EQ(entriesIn(dir.path()), 1u);
}

// A full disk, as the write-failure tests make one (a file size limit, SIGXFSZ ignored, so write()
// fails as on a full disk): the error names the target and the system's reason, the older file
// stays, and nothing is left beside it.
TEST(AtomicFile, WriteWholeOnAFullDiskSaysWhyAndKeepsTheOlderFile)
{
    TempDir dir;
    const auto target = dir.file("snapshot.json");
    std::ofstream(target) << "older";
    rlimit before{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = before;
    small.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    std::string message;
    try {
        AtomicFile::writeWhole(target, std::string(64 * 1024, 'x'));
    } catch (const InputError &e) {
        message = e.what();
    }
    ::setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_NE(message.find(target), std::string::npos) << message;
    EXPECT_NE(message.find("File too large"), std::string::npos) << message;
    EXPECT_EQ(contentOf(target), "older");
    EXPECT_EQ(entriesIn(dir.path()), 1u);
}
