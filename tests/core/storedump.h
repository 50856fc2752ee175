// SPDX-License-Identifier: MIT
#pragma once

// Every row of a store's data tables as text, read with SQLite itself, so a test can tell
// whether an edit and its undo left the file exactly as it was (ids included). The audit trail
// and the id sequence are left out: they only ever grow.
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace tiescope::fixtures {

inline std::string dumpTables(const std::string &path)
{
    static const char *const queries[] = {
        "SELECT * FROM metadata ORDER BY key",        "SELECT * FROM domains ORDER BY id",
        "SELECT * FROM entity_kinds ORDER BY id",     "SELECT * FROM relation_types ORDER BY id",
        "SELECT * FROM sources ORDER BY id",          "SELECT * FROM entities ORDER BY id",
        "SELECT * FROM entity_aliases ORDER BY entity_id, position", "SELECT * FROM ties ORDER BY id",
        "SELECT * FROM citations ORDER BY id",
    };
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        ADD_FAILURE() << "cannot open " << path;
        return {};
    }
    std::string dump;
    for (const char *query : queries) {
        dump += std::string("-- ") + query + "\n";
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, query, -1, &statement, nullptr);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                dump += (column ? "|" : "") + std::string(text ? text : "NULL");
            }
            dump += '\n';
        }
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return dump;
}

inline long long countRows(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *statement = nullptr;
    long long count = -1;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        count = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return count;
}

} // namespace tiescope::fixtures
