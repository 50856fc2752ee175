// SPDX-License-Identifier: MIT
// Writes that fail, on every write path (writepaths.h), over an older target: a full disk
// (RLIMIT_FSIZE at half the size of what the path writes, SIGXFSZ ignored, so write() fails with
// EFBIG as it would with ENOSPC; no mount or privilege needed) and a read-only folder (the
// command runs as nobody when the tests run as root). Each time: exit 1, one message line that
// names the target, the older target intact, nothing left beside it.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "killharness.h"
#include "writepaths.h"

using namespace tiescope;
using namespace tiescope::fixtures;
namespace fs = std::filesystem;

namespace {

class WriteFailures : public WritePathTest
{
protected:
    void SetUp() override
    {
        fs::permissions(m_dir.path(), fs::perms::others_read | fs::perms::others_exec, fs::perm_options::add);
        fs::create_directory(m_out);
        if (GetParam().olderIsAnEmptyFolder)
            fs::create_directory(m_target);
        else
            ASSERT_EQ(run(GetParam().args(s_inputs, m_target.string(), true)).code, 0);
        m_older = readTarget(m_target, GetParam().kind);
    }

    KillOutcome run(const std::vector<std::string> &args, const ChildLimits &limits = {})
    {
        return runAndKill(GetParam().program, args, std::chrono::seconds(60), limits);
    }

    // What one failed run must leave: exit 1, one line naming the target, the older target.
    void expectRefusedCleanly(const KillOutcome &outcome, const std::string &errFile)
    {
        EXPECT_TRUE(outcome.finished);
        EXPECT_EQ(outcome.code, 1);
        std::istringstream err(readFile(errFile));
        std::vector<std::string> lines;
        for (std::string line; std::getline(err, line);)
            if (line.rfind("QStandardPaths:", 0) != 0) // Qt's note on a missing XDG_RUNTIME_DIR
                lines.push_back(line);
        ASSERT_EQ(lines.size(), 1u) << readFile(errFile);
        EXPECT_NE(lines.front().find(m_target.string()), std::string::npos) << lines.front();
        EXPECT_EQ(lines.front().find(".tmp-"), std::string::npos) << "names the temporary file: " << lines.front();
        EXPECT_TRUE(readTarget(m_target, GetParam().kind) == m_older)
            << describe(readTarget(m_target, GetParam().kind));
        EXPECT_EQ(leftBeside(m_out, GetParam().kind), std::vector<std::string>{});
    }

    const fs::path m_out = m_dir.path() / "out";
    const fs::path m_target = m_out / "target";
    TargetState m_older;
};

} // namespace

TEST_P(WriteFailures, AFullDiskIsOneMessageAndLeavesTheOlderTarget)
{
    // Half of the largest file the path writes, when it runs with room.
    const fs::path roomy = m_dir.path() / "roomy";
    ASSERT_EQ(run(GetParam().args(s_inputs, roomy.string(), false)).code, 0);
    std::uintmax_t largest = 0;
    std::error_code error;
    if (fs::is_directory(roomy))
        for (const auto &entry : fs::recursive_directory_iterator(roomy))
            largest = std::max(largest, entry.is_regular_file() ? entry.file_size() : 0);
    else
        largest = fs::file_size(roomy, error);
    ASSERT_GT(largest, 1u);
    ChildLimits limits;
    // A store grows page by page, an edit's journal by a few pages: one page's worth is full.
    limits.maxFileBytes =
        GetParam().kind == TargetKind::Store ? std::min<std::uintmax_t>(largest / 2, 4096) : largest / 2;
    limits.errFile = m_dir.file("err");
    expectRefusedCleanly(run(GetParam().args(s_inputs, m_target.string(), false), limits), limits.errFile);
}

TEST_P(WriteFailures, AReadOnlyFolderIsOneMessageAndLeavesTheOlderTarget)
{
    fs::permissions(m_out, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::others_read |
                               fs::perms::others_exec | fs::perms::group_read | fs::perms::group_exec);
    ChildLimits limits;
    limits.unprivileged = true;
    limits.errFile = m_dir.file("err");
    expectRefusedCleanly(run(GetParam().args(s_inputs, m_target.string(), false), limits), limits.errFile);
    fs::permissions(m_out, fs::perms::owner_write, fs::perm_options::add);
}

INSTANTIATE_TEST_SUITE_P(EveryWritePath, WriteFailures, ::testing::ValuesIn(writePaths()), pathName);
