// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <utility>

#include "model/inputerror.h"
#include "store/sqlitedb.h"

namespace tiescope {

// Connection settings (pragmas) for one piece of work, always restored: the bulk write's and a
// change-set's, whose statements run many thousands of times.
class ConnectionSettings final
{
public:
    ConnectionSettings(SqliteDb &db, const std::string &set, std::string restore)
        : m_db(db),
          m_restore(std::move(restore))
    {
        m_db.exec(set);
    }
    ~ConnectionSettings()
    {
        try {
            m_db.exec(m_restore);
        } catch (const InputError &) {
            // The connection is unusable then; the next statement reports it.
        }
    }
    ConnectionSettings(const ConnectionSettings &) = delete;
    ConnectionSettings &operator=(const ConnectionSettings &) = delete;

private:
    SqliteDb &m_db;
    std::string m_restore;
};

} // namespace tiescope
