// SPDX-License-Identifier: MIT
#include "store/statement.h"

#include <sqlite3.h>

#include "store/sqlitedb.h"

namespace tiescope {

Statement::Statement(const SqliteDb &db, sqlite3_stmt *statement) : m_db(&db), m_statement(statement) {}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept : m_db(other.m_db), m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

void Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text64(m_statement, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

void Statement::bind(int index, const std::optional<std::string> &value)
{
    if (value)
        bind(index, std::string_view(*value));
    else
        bindNull(index);
}

void Statement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool Statement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    m_db->fail(code, "reading");
}

void Statement::run()
{
    step();
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_statement, column)));
}

} // namespace tiescope
