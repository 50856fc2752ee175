// SPDX-License-Identifier: MIT
#include "store/sqlitedb.h"

#include <sqlite3.h>

#include "model/inputerror.h"

namespace tiescope {

SqliteDb::SqliteDb(std::string path, int flags) : m_path(std::move(path))
{
    // NOMUTEX: a connection belongs to one SqliteDb, used by one thread at a time, so SQLite's
    // per-call connection mutex is pure cost (a few percent of a million-row load or write).
    const int code =
        sqlite3_open_v2(m_path.c_str(), &m_db, flags | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_NOMUTEX, nullptr);
    if (code != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw InputError(m_path, "cannot open database: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
    // Files come from elsewhere: no schema tricks, no writable schema, no triggers or views
    // that call functions with side effects.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    // A second writer waits this long for the first one's transaction before giving up.
    sqlite3_busy_timeout(m_db, BusyTimeoutMs);
}

SqliteDb::~SqliteDb()
{
    sqlite3_close_v2(m_db);
}

void SqliteDb::fail(int code, std::string_view doing) const
{
    std::string message;
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        // Another connection held its write lock past the busy timeout: say who and what to do.
        throw InputError(m_path, "is being edited by another program; try again");
    case SQLITE_NOTADB:
        message = "not a SQLite database";
        break;
    case SQLITE_CORRUPT:
        message = "the database is damaged (" + std::string(sqlite3_errmsg(m_db)) + ")";
        break;
    case SQLITE_READONLY:
        message = "the database is read-only";
        break;
    case SQLITE_FULL:
        message = "the disk is full";
        break;
    default:
        message = std::string(sqlite3_errmsg(m_db));
        break;
    }
    throw InputError(m_path, std::string(doing) + ": " + message);
}

void SqliteDb::exec(std::string_view sql)
{
    char *error = nullptr;
    const std::string text(sql);
    const int code = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (code != SQLITE_OK)
        fail(code, "running SQL");
}

Statement SqliteDb::prepare(std::string_view sql) const
{
    sqlite3_stmt *statement = nullptr;
    const int code = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
    if (code != SQLITE_OK)
        fail(code, "reading");
    return Statement(*this, statement);
}

bool SqliteDb::hasMoved() const
{
    int moved = 0;
    if (sqlite3_file_control(m_db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) != SQLITE_OK)
        return false;
    return moved != 0;
}

long long SqliteDb::queryInt(std::string_view sql) const
{
    Statement statement = prepare(sql);
    if (!statement.step())
        return 0;
    return statement.integer(0);
}

} // namespace tiescope
