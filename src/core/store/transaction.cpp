// SPDX-License-Identifier: MIT
#include "store/transaction.h"

#include <sqlite3.h>

#include "store/sqlitedb.h"

namespace tiescope {

Transaction::Transaction(SqliteDb &db) : m_db(db)
{
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done)
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace tiescope
