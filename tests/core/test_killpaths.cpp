// SPDX-License-Identifier: MIT
// kill -9 at random moments on every write path (writepaths.h): each path is run 100 times,
// half of them over an older target and half where there is none, each SIGKILLed after a
// delay drawn from 0 .. 1.2 times one unkilled run. After each: the target is the one that was
// there (or still absent) or exactly what an unkilled run writes — stores checked with
// integrity_check, loaded and compared row by row; a run that exited 0 wrote it. A file left
// beside the target may only come from a kill, and the next run must clear it away. The seed is
// printed; TIESCOPE_KILLPATHS_SEED=N repeats a run, TIESCOPE_KILLPATHS_COUNT=N runs N kills.
#include <chrono>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "killharness.h"
#include "writepaths.h"

using namespace tiescope;
using namespace tiescope::fixtures;
namespace fs = std::filesystem;

namespace {

class KillPaths : public WritePathTest
{
protected:
    // Runs the path unkilled on `target`, which starts as a copy of `copyOf` (or absent).
    KillOutcome runWhole(const std::string &target, const fs::path &copyOf = {})
    {
        restoreTarget(target, copyOf);
        return runAndKill(GetParam().program, GetParam().args(s_inputs, target, false), std::chrono::seconds(60));
    }
};

} // namespace

TEST_P(KillPaths, TheTargetIsTheOldOrTheWholeNewOneAndNothingIsLeftBeside)
{
    const WritePath &path = GetParam();
    const std::uint64_t seed = seedFromEnvironment("TIESCOPE_KILLPATHS_SEED");
    SCOPED_TRACE(path.name + ": TIESCOPE_KILLPATHS_SEED=" + std::to_string(seed));
    std::mt19937_64 random(seed);

    // The older target, and what an unkilled run makes of no target and of the older one.
    for (const char *folder : {"older", "fresh", "over", "out"})
        fs::create_directory(m_dir.path() / folder);
    const fs::path older = m_dir.path() / "older" / "target";
    if (path.olderIsAnEmptyFolder)
        fs::create_directory(older);
    else
        ASSERT_EQ(runAndKill(path.program, path.args(s_inputs, older.string(), true), std::chrono::seconds(60)).code,
                  0);
    const TargetState olderState = readTarget(older, path.kind);
    ASSERT_TRUE(olderState && !olderState->count("!")) << describe(olderState);
    const auto startedAt = std::chrono::steady_clock::now();
    ASSERT_EQ(runWhole((m_dir.path() / "fresh" / "target").string()).code, 0);
    const auto oneRun =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - startedAt);
    ASSERT_EQ(runWhole((m_dir.path() / "over" / "target").string(), older).code, 0);
    const TargetState written[2] = {readTarget(m_dir.path() / "fresh" / "target", path.kind),
                                    readTarget(m_dir.path() / "over" / "target", path.kind)};
    ASSERT_TRUE(written[1] != olderState) << "the older target must differ from the new one";
    EXPECT_TRUE(leftBeside(m_dir.path() / "fresh", path.kind).empty());

    std::uniform_int_distribution<long long> delays(0, oneRun.count() * 6 / 5);
    const int count = countFromEnvironment("TIESCOPE_KILLPATHS_COUNT", 100);
    const fs::path out = m_dir.path() / "out";
    const fs::path target = out / "target";
    int killed = 0;
    int cleared = 0;
    for (int i = 0; i < count; ++i) {
        SCOPED_TRACE("iteration " + std::to_string(i));
        const bool over = i % 2 == 1;
        restoreTarget(target, over ? older : fs::path());
        const TargetState before = readTarget(target, path.kind);
        const KillOutcome outcome = runAndKill(path.program, path.args(s_inputs, target.string(), false),
                                               std::chrono::microseconds(delays(random)));
        const TargetState after = readTarget(target, path.kind);
        if (outcome.finished) {
            ASSERT_EQ(outcome.code, 0) << "failed on its own";
            ASSERT_TRUE(after == written[over]) << "exited 0 but the target is " << describe(after);
            ASSERT_EQ(leftBeside(out, path.kind), std::vector<std::string>{})
                << "a finished run left files beside the target";
            continue;
        }
        ++killed;
        ASSERT_TRUE(after == before || after == written[over])
            << "neither the old nor the whole new target: " << describe(after);
        if (!leftBeside(out, path.kind).empty()) {
            // A kill can leave a temporary file; the next run of the same writer clears it away.
            ASSERT_EQ(
                runAndKill(path.program, path.args(s_inputs, target.string(), false), std::chrono::seconds(60)).code,
                0);
            ASSERT_EQ(leftBeside(out, path.kind), std::vector<std::string>{})
                << "the next run left the killed run's files";
            ASSERT_TRUE(readTarget(target, path.kind) == written[over]) << describe(readTarget(target, path.kind));
            ++cleared;
        }
    }
    std::cout << path.name << ": seed " << seed << ", one run " << oneRun.count() / 1000 << " ms, " << killed
              << " killed, " << count - killed << " finished, " << cleared << " left files the next run cleared\n";
    EXPECT_GT(killed, 0) << "no run was killed: the delays never reached inside one";
}

INSTANTIATE_TEST_SUITE_P(EveryWritePath, KillPaths, ::testing::ValuesIn(writePaths()), pathName);
