// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include "store/statement.h"

struct sqlite3;

namespace tiescope {

// Owns one sqlite3 connection. Every SQLite failure becomes an InputError naming the file.
class SqliteDb final
{
public:
    static constexpr int BusyTimeoutMs = 3000;

    // flags are sqlite3_open_v2 flags.
    SqliteDb(std::string path, int flags);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    [[nodiscard]] const std::string &path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql) const;
    [[nodiscard]] long long queryInt(std::string_view sql) const;
    // True when the file this connection opened was deleted, renamed or replaced since: writes
    // would go to a file nobody sees again.
    [[nodiscard]] bool hasMoved() const;

    // Throws InputError for the code, with SQLite's message made readable.
    [[noreturn]] void fail(int code, std::string_view doing) const;

private:
    std::string m_path;
    sqlite3 *m_db = nullptr;
};

} // namespace tiescope
