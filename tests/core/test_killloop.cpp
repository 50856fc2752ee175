// SPDX-License-Identifier: MIT
// kill -9 at random moments: tiescope-cli edits (add-entity, add-tie, edit, delete) run one
// after another on one store and each is SIGKILLed after a random delay, 100 times. After
// each: integrity_check and foreign_key_check are clean, the store opens and loads, every edit
// that reported success (exit 0) is there, and a killed one is there whole or not at all. The
// seed is printed with every failure; TIESCOPE_KILLLOOP_SEED=N repeats a run.
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "clirun.h"
#include "killharness.h"
#include "store/store.h"

using namespace tiescope;
using fixtures::TempDir;

namespace {

class KillLoop : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const fixtures::CliRun build =
            fixtures::cli({"build-db", "--dataset", TIESCOPE_FIXTURES_DIR "/datasets/small", "--out", m_db});
        ASSERT_EQ(build.code, 0) << build.err;
    }

    fixtures::SigchldBlock m_sigchld;
    TempDir m_dir;
    const std::string m_db = m_dir.file("killed.db");
};

fixtures::KillOutcome runAndKill(const std::vector<std::string> &args, std::chrono::microseconds delay)
{
    return fixtures::runAndKill(TIESCOPE_CLI, args, delay);
}

} // namespace

TEST_F(KillLoop, EveryReportedEditSurvivesSigkillAndTheFileStaysWhole)
{
    const std::uint64_t seed = fixtures::seedFromEnvironment("TIESCOPE_KILLLOOP_SEED");
    SCOPED_TRACE("TIESCOPE_KILLLOOP_SEED=" + std::to_string(seed));
    std::mt19937_64 random(seed);

    // How long one edit takes here, unkilled: the kill moments spread over 0 .. 1.2 times that.
    const auto oneEdit =
        fixtures::unkilledDuration(TIESCOPE_CLI, {"edit", "--db", m_db, "entity", "nis", "--set", "description=timed"});
    ASSERT_TRUE(oneEdit);
    std::uniform_int_distribution<long long> delays(0, oneEdit->count() * 6 / 5);
    const int count = fixtures::countFromEnvironment("TIESCOPE_KILLLOOP_COUNT", 100);
    // Beside the store, only SQLite's own journal may be left by a kill (the next open replays it).
    const std::string name = std::filesystem::path(m_db).filename().string();
    const std::vector<std::string> besideTheStore = {name, name + "-shm", name + "-wal"};
    const auto onlyTheStore = [&] {
        for (const std::string &entry : fixtures::entriesOf(m_dir.path()))
            if (std::find(besideTheStore.begin(), besideTheStore.end(), entry) == besideTheStore.end())
                return entry;
        return std::string();
    };

    int killed = 0;
    int reported = 0;
    std::vector<std::string> added; // entities that are in the store, newest last
    for (int i = 0; i < count; ++i) {
        SCOPED_TRACE("iteration " + std::to_string(i));
        const std::string n = std::to_string(i);
        // Every fourth edit deletes the newest added entity; with none (its add was killed before
        // it committed), it edits instead.
        const int op = i % 4 == 3 && added.empty() ? 2 : i % 4;
        std::vector<std::string> args;
        switch (op) {
        case 0:
            args = {"add-entity", "--db", m_db, "--id", "k-" + n, "--name", "K " + n, "--kind", "company"};
            break;
        case 1:
            args = {"add-tie",  "--db",   m_db,         "--id", "t-" + n,   "--from", "serbia",  "--to", "russia",
                    "--domain", "energy", "--relation", "owns", "--source", "src",    "--grade", "B2"};
            break;
        case 2:
            args = {"edit", "--db", m_db, "entity", "russia", "--set", "description=d-" + n};
            break;
        default:
            args = {"delete", "--db", m_db, "entity", added.back()};
            break;
        }
        const fixtures::KillOutcome outcome = runAndKill(args, std::chrono::microseconds(delays(random)));
        if (outcome.finished) {
            ASSERT_EQ(outcome.code, 0) << args[0] << " failed on its own";
            ++reported;
        } else {
            ++killed;
        }

        ASSERT_EQ(onlyTheStore(), "") << "left beside the store";
        const Store store = Store::open(m_db, Store::Mode::ReadOnly);
        const std::vector<std::string> problems = store.integrityProblems();
        ASSERT_TRUE(problems.empty()) << problems.front();
        const Dataset data = store.load();
        for (const Tie &tie : data.ties())
            ASSERT_FALSE(tie.citations.empty()) << tie.key << " lost its citation";
        switch (op) {
        case 0:
            if (data.findEntity("k-" + n))
                added.push_back("k-" + n);
            else
                ASSERT_FALSE(outcome.finished) << "k-" << n << " reported added but missing";
            break;
        case 1:
            if (outcome.finished) {
                ASSERT_TRUE(data.findTie("t-" + n)) << "t-" << n << " reported added but missing";
            }
            break;
        case 2:
            if (outcome.finished) {
                ASSERT_EQ(data.entity(*data.findEntity("russia")).description, "d-" + n);
            }
            break;
        default:
            if (!data.findEntity(added.back()))
                added.pop_back();
            else
                ASSERT_FALSE(outcome.finished) << added.back() << " reported deleted but still there";
            break;
        }
    }
    // An edit that runs to its end leaves the store alone in its folder: the journal is gone.
    ASSERT_EQ(
        runAndKill({"edit", "--db", m_db, "entity", "nis", "--set", "description=last"}, std::chrono::seconds(60)).code,
        0);
    EXPECT_EQ(fixtures::entriesOf(m_dir.path()), std::vector<std::string>{name});
    std::cout << "kill loop, seed " << seed << ", one edit " << oneEdit->count() / 1000 << " ms: " << killed
              << " killed, " << reported << " finished\n";
    EXPECT_GT(killed, 0) << "no edit was killed: the delays never reached inside an edit";
}
