// SPDX-License-Identifier: MIT
// kill -9 at random moments: tiescope-cli edits (add-entity, add-tie, edit, delete) run one
// after another on one store and each is SIGKILLed after a random delay, 100 times. After
// each: integrity_check and foreign_key_check are clean, the store opens and loads, every edit
// that reported success (exit 0) is there, and a killed one is there whole or not at all. The
// seed is printed with every failure; TIESCOPE_KILLLOOP_SEED=N repeats a run.
#include <chrono>
#include <cstdlib>
#include <ctime>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>

#include "clirun.h"
#include "store/store.h"

extern char **environ;

using namespace tiescope;
using fixtures::TempDir;

namespace {

struct Outcome
{
    bool finished = false; // exited on its own (not killed)
    int code = -1;
};

// Starts the CLI and waits for it to exit or for `delay` to pass, whichever comes first (the
// child's SIGCHLD, blocked here, ends the wait early); then SIGKILLs it if it still runs.
Outcome runAndKill(const std::vector<std::string> &args, std::chrono::microseconds delay)
{
    std::vector<std::string> argv = {TIESCOPE_CLI};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char *> pointers;
    for (std::string &arg : argv)
        pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, pointers[0], &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return {};
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(delay);
    const timespec timeout{static_cast<time_t>(seconds.count()),
                           static_cast<long>(std::chrono::nanoseconds(delay - seconds).count())};
    int status = 0;
    // SIGCHLD of this child (or a stray one: then check again until the deadline passes).
    const auto deadline = std::chrono::steady_clock::now() + delay;
    while (waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() >= deadline || sigtimedwait(&child, nullptr, &timeout) < 0) {
            kill(pid, SIGKILL);
            waitpid(pid, &status, 0);
            break;
        }
    }
    if (WIFEXITED(status))
        return {true, WEXITSTATUS(status)};
    return {false, -1};
}

class KillLoop : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sigset_t child;
        sigemptyset(&child);
        sigaddset(&child, SIGCHLD);
        sigprocmask(SIG_BLOCK, &child, &m_oldMask);
        const fixtures::CliRun build =
            fixtures::cli({"build-db", "--dataset", TIESCOPE_FIXTURES_DIR "/datasets/small", "--out", m_db});
        ASSERT_EQ(build.code, 0) << build.err;
    }
    void TearDown() override { sigprocmask(SIG_SETMASK, &m_oldMask, nullptr); }

    TempDir m_dir;
    const std::string m_db = m_dir.file("killed.db");
    sigset_t m_oldMask{};
};

std::uint64_t seedOfRun()
{
    if (const char *given = std::getenv("TIESCOPE_KILLLOOP_SEED"))
        return std::strtoull(given, nullptr, 10);
    return std::random_device{}();
}

} // namespace

TEST_F(KillLoop, EveryReportedEditSurvivesSigkillAndTheFileStaysWhole)
{
    const std::uint64_t seed = seedOfRun();
    SCOPED_TRACE("TIESCOPE_KILLLOOP_SEED=" + std::to_string(seed));
    std::mt19937_64 random(seed);

    // How long one edit takes here, unkilled: the kill moments spread over 0 .. 1.5 times that.
    const auto startedAt = std::chrono::steady_clock::now();
    ASSERT_TRUE(
        runAndKill({"edit", "--db", m_db, "entity", "nis", "--set", "description=timed"}, std::chrono::seconds(30))
            .finished);
    const auto oneEdit =
        std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - startedAt);
    std::uniform_int_distribution<long long> delays(0, oneEdit.count() * 3 / 2);

    int killed = 0;
    int reported = 0;
    std::vector<std::string> added; // entities that are in the store, newest last
    for (int i = 0; i < 100; ++i) {
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
        const Outcome outcome = runAndKill(args, std::chrono::microseconds(delays(random)));
        if (outcome.finished) {
            ASSERT_EQ(outcome.code, 0) << args[0] << " failed on its own";
            ++reported;
        } else {
            ++killed;
        }

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
    std::cout << "kill loop, seed " << seed << ", one edit " << oneEdit.count() / 1000 << " ms: " << killed
              << " killed, " << reported << " finished\n";
    EXPECT_GT(killed, 0) << "no edit was killed: the delays never reached inside an edit";
}
