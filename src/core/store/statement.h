// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace tiescope {

class SqliteDb;

// One prepared statement. Binding indexes start at 1, column indexes at 0 (as in SQLite).
class Statement final
{
public:
    Statement(const SqliteDb &db, sqlite3_stmt *statement);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, std::string_view value);
    void bindNull(int index);
    void bind(int index, const std::optional<std::string> &value);
    void bind(int index, const std::optional<double> &value);

    // True while there is a row; false when done. Throws on error.
    bool step();
    // Runs a statement that returns no rows, then resets it for the next bindings.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;

private:
    const SqliteDb *m_db;
    sqlite3_stmt *m_statement;
};

} // namespace tiescope
