// SPDX-License-Identifier: MIT
#include "io/atomicfile.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

#include "io/temporaryname.h"
#include "model/inputerror.h"

namespace tiescope {

namespace fs = std::filesystem;

namespace {

void syncFile(const fs::path &path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw InputError(path.string(), std::string("cannot be opened to flush: ") + std::strerror(errno));
    const int result = ::fsync(fd);
    const int syncError = errno;
    ::close(fd);
    if (result != 0)
        throw InputError(path.string(), std::string("cannot be flushed to disk: ") + std::strerror(syncError));
}

// Every byte or the system's reason: std::ofstream would say only that the write failed.
void writeFully(const fs::path &path, const fs::path &target, std::string_view bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        throw InputError(target.string(), std::string("cannot be written: ") + std::strerror(errno));
    while (!bytes.empty()) {
        const ssize_t written = ::write(fd, bytes.data(), bytes.size());
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int writeError = written < 0 ? errno : ENOSPC;
            ::close(fd);
            throw InputError(target.string(), std::string("could not be written whole: ") + std::strerror(writeError));
        }
        bytes.remove_prefix(static_cast<std::size_t>(written));
    }
    if (::close(fd) != 0)
        throw InputError(target.string(), std::string("could not be written whole: ") + std::strerror(errno));
}

} // namespace

void AtomicFile::writeWhole(const fs::path &target, std::string_view bytes)
{
    AtomicFile file(target);
    writeFully(file.temporaryPath(), target, bytes);
    file.commit();
}

AtomicFile::AtomicFile(fs::path target) : m_target(std::move(target))
{
    const fs::path directory = m_target.has_parent_path() ? m_target.parent_path() : fs::path(".");
    std::error_code error;
    if (!fs::is_directory(directory, error))
        throw InputError(m_target.string(), "directory " + directory.string() + " does not exist");
    if (fs::is_directory(m_target, error))
        throw InputError(m_target.string(), "is a directory");
    // Said here, once, rather than by whatever first fails to create the temporary file.
    if (::access(directory.c_str(), W_OK) != 0)
        throw InputError(m_target.string(),
                         "cannot be written: folder " + directory.string() + ": " + std::strerror(errno));
    TemporaryName::removeStale(m_target);
    m_temporary = TemporaryName::beside(m_target);
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        removeTemporary();
}

void AtomicFile::removeTemporary() noexcept
{
    std::error_code ignored;
    fs::remove(m_temporary, ignored);
    for (const char *side : {"-journal", "-wal", "-shm"}) {
        fs::path sideFile = m_temporary;
        sideFile += side;
        fs::remove(sideFile, ignored);
    }
}

void AtomicFile::commit()
{
    try {
        std::error_code error;
        if (!fs::is_regular_file(m_temporary, error))
            throw InputError(m_target.string(), "nothing was written");
        syncFile(m_temporary);
        fs::rename(m_temporary, m_target, error);
        if (error)
            throw InputError(m_target.string(), "cannot be replaced: " + error.message());
        m_committed = true;
    } catch (...) {
        removeTemporary();
        throw;
    }
}

} // namespace tiescope
