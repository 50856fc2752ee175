// SPDX-License-Identifier: MIT
#pragma once

namespace tiescope {

class SqliteDb;

// BEGIN IMMEDIATE on construction; ROLLBACK unless commit() was called.
class Transaction final
{
public:
    explicit Transaction(SqliteDb &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    SqliteDb &m_db;
    bool m_done = false;
};

} // namespace tiescope
