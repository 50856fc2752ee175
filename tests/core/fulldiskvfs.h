// SPDX-License-Identifier: MIT
#pragma once

// A full disk for tests: an SQLite VFS that wraps the default one and, once its budget of
// written bytes is spent, fails every further write with SQLITE_FULL, as a disk that fills up
// in the middle of a transaction does. While an object lives it is SQLite's default VFS, so
// every connection opened meanwhile (Store::open included) writes through it.
#include <cstdint>
#include <limits>
#include <stdexcept>

#include <sqlite3.h>

namespace tiescope::fixtures {

class FullDiskVfs final
{
public:
    FullDiskVfs()
    {
        if (s_instance)
            throw std::logic_error("one FullDiskVfs at a time");
        s_real = sqlite3_vfs_find(nullptr);
        m_vfs = *s_real; // every call but xOpen goes straight to the real VFS
        m_vfs.pNext = nullptr;
        m_vfs.zName = "tiescope-full-disk";
        m_vfs.szOsFile = static_cast<int>(sizeof(File)) + s_real->szOsFile;
        m_vfs.xOpen = &FullDiskVfs::open;
        s_instance = this;
        sqlite3_vfs_register(&m_vfs, 1);
    }
    ~FullDiskVfs()
    {
        sqlite3_vfs_unregister(&m_vfs);
        s_instance = nullptr;
    }
    FullDiskVfs(const FullDiskVfs &) = delete;
    FullDiskVfs &operator=(const FullDiskVfs &) = delete;

    // From now on, writes fail once `bytes` more bytes were written (0: the next write fails).
    void fillAfter(std::int64_t bytes) { m_left = bytes; }
    void makeRoom() { m_left = std::numeric_limits<std::int64_t>::max(); }
    [[nodiscard]] int refusedWrites() const { return m_refused; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file *real;
    };

    static sqlite3_file *real(sqlite3_file *file) { return reinterpret_cast<File *>(file)->real; }

    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        auto *shim = reinterpret_cast<File *>(file);
        shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
        const int code = s_real->xOpen(s_real, name, shim->real, flags, outFlags);
        shim->base.pMethods = shim->real->pMethods ? &s_methods : nullptr;
        return code;
    }

    static int write(sqlite3_file *file, const void *data, int amount, sqlite3_int64 offset)
    {
        if (amount > s_instance->m_left) {
            ++s_instance->m_refused;
            s_instance->m_left = 0;
            return SQLITE_FULL;
        }
        s_instance->m_left -= amount;
        return real(file)->pMethods->xWrite(real(file), data, amount, offset);
    }

    static int close(sqlite3_file *file)
    {
        const int code = real(file)->pMethods->xClose(real(file));
        file->pMethods = nullptr;
        return code;
    }
    static int read(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
    {
        return real(f)->pMethods->xRead(real(f), data, amount, offset);
    }
    static int truncate(sqlite3_file *f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
    static int sync(sqlite3_file *f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
    static int fileSize(sqlite3_file *f, sqlite3_int64 *size) { return real(f)->pMethods->xFileSize(real(f), size); }
    static int lock(sqlite3_file *f, int level) { return real(f)->pMethods->xLock(real(f), level); }
    static int unlock(sqlite3_file *f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
    static int checkReservedLock(sqlite3_file *f, int *out)
    {
        return real(f)->pMethods->xCheckReservedLock(real(f), out);
    }
    static int fileControl(sqlite3_file *f, int op, void *arg)
    {
        return real(f)->pMethods->xFileControl(real(f), op, arg);
    }
    static int sectorSize(sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); }
    static int deviceCharacteristics(sqlite3_file *f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
    static int shmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
    {
        return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
    }
    static int shmLock(sqlite3_file *f, int offset, int n, int flags)
    {
        return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
    }
    static void shmBarrier(sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); }
    static int shmUnmap(sqlite3_file *f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
    // No memory-mapped I/O: every page goes through read and write.
    static int fetch(sqlite3_file *, sqlite3_int64, int, void **out)
    {
        *out = nullptr;
        return SQLITE_OK;
    }
    static int unfetch(sqlite3_file *, sqlite3_int64, void *) { return SQLITE_OK; }

    static inline const sqlite3_io_methods s_methods = {3,
                                                        &close,
                                                        &read,
                                                        &write,
                                                        &truncate,
                                                        &sync,
                                                        &fileSize,
                                                        &lock,
                                                        &unlock,
                                                        &checkReservedLock,
                                                        &fileControl,
                                                        &sectorSize,
                                                        &deviceCharacteristics,
                                                        &shmMap,
                                                        &shmLock,
                                                        &shmBarrier,
                                                        &shmUnmap,
                                                        &fetch,
                                                        &unfetch};
    static inline sqlite3_vfs *s_real = nullptr;
    static inline FullDiskVfs *s_instance = nullptr;

    sqlite3_vfs m_vfs{};
    std::int64_t m_left = std::numeric_limits<std::int64_t>::max();
    int m_refused = 0;
};

} // namespace tiescope::fixtures
