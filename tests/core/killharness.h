// SPDX-License-Identifier: MIT
#pragma once

// Runs a program (the built tiescope-cli or a test driver) the way a crash or a failing disk
// would meet it: SIGKILLed after a delay, or with a file-size limit (RLIMIT_FSIZE, SIGXFSZ
// ignored, so writes fail with EFBIG as on a full disk), or as an unprivileged user (so a
// read-only directory is read-only even when the tests run as root). Shared by test_killloop,
// test_killpaths and test_writefailures.
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tiescope::fixtures {

struct KillOutcome
{
    bool finished = false; // exited on its own (not killed)
    int code = -1;
};

struct ChildLimits
{
    std::optional<rlim_t> maxFileBytes; // RLIMIT_FSIZE
    bool unprivileged = false;          // run as nobody (65534) when started as root
    std::string errFile = "/dev/null";  // where the child's standard error goes
};

// Blocks SIGCHLD for the test's lifetime, so runAndKill can wait for it with sigtimedwait.
class SigchldBlock final
{
public:
    SigchldBlock()
    {
        sigset_t child;
        sigemptyset(&child);
        sigaddset(&child, SIGCHLD);
        sigprocmask(SIG_BLOCK, &child, &m_oldMask);
    }
    ~SigchldBlock() { sigprocmask(SIG_SETMASK, &m_oldMask, nullptr); }
    SigchldBlock(const SigchldBlock &) = delete;
    SigchldBlock &operator=(const SigchldBlock &) = delete;

    [[nodiscard]] const sigset_t &oldMask() const { return m_oldMask; }

private:
    sigset_t m_oldMask{};
};

// Starts `program args` and waits for it to exit or for `delay` to pass, whichever comes first
// (the child's SIGCHLD, blocked by a SigchldBlock, ends the wait early); then SIGKILLs it if it
// still runs. Only async-signal-safe calls run between fork and exec.
inline KillOutcome runAndKill(const std::string &program, const std::vector<std::string> &args,
                              std::chrono::microseconds delay, const ChildLimits &limits = {})
{
    std::vector<std::string> argv = {program};
    argv.insert(argv.end(), args.begin(), args.end());
    std::vector<char *> pointers;
    for (std::string &arg : argv)
        pointers.push_back(arg.data());
    pointers.push_back(nullptr);
    const bool dropRoot = limits.unprivileged && ::geteuid() == 0;
    sigset_t empty;
    sigemptyset(&empty);
    const pid_t pid = ::fork();
    if (pid < 0)
        return {};
    if (pid == 0) {
        const int null = ::open("/dev/null", O_RDWR);
        const int err = ::open(limits.errFile.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
        ::dup2(null, 0);
        ::dup2(null, 1);
        ::dup2(err < 0 ? null : err, 2);
        if (limits.maxFileBytes) {
            struct sigaction ignore = {};
            ignore.sa_handler = SIG_IGN;
            ::sigaction(SIGXFSZ, &ignore, nullptr); // kept across exec: writes fail with EFBIG instead
            const rlimit limit{*limits.maxFileBytes, *limits.maxFileBytes};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        }
        if (dropRoot && (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(126);
        ::sigprocmask(SIG_SETMASK, &empty, nullptr);
        ::execv(pointers[0], pointers.data());
        ::_exit(127);
    }
    sigset_t child;
    sigemptyset(&child);
    sigaddset(&child, SIGCHLD);
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(delay);
    const timespec timeout{static_cast<time_t>(seconds.count()),
                           static_cast<long>(std::chrono::nanoseconds(delay - seconds).count())};
    int status = 0;
    // SIGCHLD of this child (or a stray one: then check again until the deadline passes).
    const auto deadline = std::chrono::steady_clock::now() + delay;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() >= deadline || ::sigtimedwait(&child, nullptr, &timeout) < 0) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            break;
        }
    }
    if (WIFEXITED(status))
        return {true, WEXITSTATUS(status)};
    return {false, -1};
}

// How long one unkilled run takes here; nullopt when it did not finish with exit 0 in 60 s.
inline std::optional<std::chrono::microseconds> unkilledDuration(const std::string &program,
                                                                 const std::vector<std::string> &args)
{
    const auto startedAt = std::chrono::steady_clock::now();
    const KillOutcome outcome = runAndKill(program, args, std::chrono::seconds(60));
    if (!outcome.finished || outcome.code != 0)
        return std::nullopt;
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - startedAt);
}

// The seed of a run: the variable's value when set (to repeat a run), else a fresh random one.
inline std::uint64_t seedFromEnvironment(const char *variable)
{
    if (const char *given = std::getenv(variable))
        return std::strtoull(given, nullptr, 10);
    return std::random_device{}();
}

inline int countFromEnvironment(const char *variable, int fallback)
{
    if (const char *given = std::getenv(variable))
        return std::max(1, std::atoi(given));
    return fallback;
}

// The names in a directory, sorted: what a write left beside its target.
inline std::vector<std::string> entriesOf(const std::filesystem::path &directory)
{
    std::vector<std::string> names;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(directory, error))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace tiescope::fixtures
