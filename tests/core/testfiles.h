// SPDX-License-Identifier: MIT
#pragma once

// File and raw-SQL helpers shared by the core tests that need to prepare or inspect files
// behind the program's back (damaged databases, hand-edited rows, written snapshots).
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace tiescope::fixtures {

// The CSV, GEXF and GraphML files the import tests read.
inline const std::string ImportDir = TIESCOPE_FIXTURES_DIR "/import/";

inline std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline void writeFile(const std::string &path, const std::string &content)
{
    std::ofstream(path, std::ios::binary) << content;
}

// Runs SQL on a file with SQLite itself, bypassing TieScope's store; fails the test on error.
inline void rawExec(const std::string &path, const std::string &sql)
{
    sqlite3 *db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char *error = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(code, SQLITE_OK) << message;
}

} // namespace tiescope::fixtures
