// SPDX-License-Identifier: MIT
#include "io/temporaryname.h"

#include <atomic>
#include <cerrno>
#include <random>
#include <string>
#include <system_error>
#include <vector>

#include <signal.h>
#include <unistd.h>

#include "model/inputerror.h"

namespace tiescope {

namespace fs = std::filesystem;

namespace {

const std::string Marker = ".tmp-";

// Whether process `pid` no longer exists (kill(pid, 0) tells without sending anything; EPERM
// means it runs under another user).
bool processIsGone(const std::string &pid)
{
    if (pid.empty() || pid.size() > 9 || pid.find_first_not_of("0123456789") != std::string::npos)
        return false;
    return ::kill(static_cast<pid_t>(std::stol(pid)), 0) != 0 && errno == ESRCH;
}

} // namespace

fs::path TemporaryName::beside(const fs::path &target)
{
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string suffix = Marker + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
                                   std::to_string(random() % 1000000U);
        fs::path candidate = target;
        candidate += suffix;
        std::error_code error;
        if (!fs::exists(fs::symlink_status(candidate, error)))
            return candidate;
    }
    throw InputError(target.string(), "cannot find a free temporary file name next to it");
}

void TemporaryName::removeStale(const fs::path &target) noexcept
{
    const fs::path directory = target.has_parent_path() ? target.parent_path() : fs::path(".");
    const std::string prefix = target.filename().string() + Marker;
    std::error_code error;
    std::vector<fs::path> stale;
    for (fs::directory_iterator it(directory, error), end; !error && it != end; it.increment(error)) {
        const std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0)
            continue;
        const std::size_t dash = name.find('-', prefix.size());
        if (dash != std::string::npos && processIsGone(name.substr(prefix.size(), dash - prefix.size())))
            stale.push_back(it->path());
    }
    for (const fs::path &path : stale)
        fs::remove_all(path, error);
}

} // namespace tiescope
