// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <unordered_map>

#include "store/statement.h"

namespace tiescope {

class SqliteDb;

// Prepared statements kept by their SQL, so code that runs the same statement for every record
// of a large change-set prepares it once (preparing cost more than running it). A statement is
// reset, its bindings cleared, each time it is handed out; the cache must not outlive the
// connection.
class StatementCache final
{
public:
    explicit StatementCache(const SqliteDb &db) : m_db(db) {}

    [[nodiscard]] Statement &get(const std::string &sql);

private:
    const SqliteDb &m_db;
    std::unordered_map<std::string, Statement> m_statements;
};

} // namespace tiescope
