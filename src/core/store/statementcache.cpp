// SPDX-License-Identifier: MIT
#include "store/statementcache.h"

#include "store/sqlitedb.h"

namespace tiescope {

Statement &StatementCache::get(const std::string &sql)
{
    if (const auto found = m_statements.find(sql); found != m_statements.end()) {
        found->second.reset();
        return found->second;
    }
    return m_statements.emplace(sql, m_db.prepare(sql)).first->second;
}

} // namespace tiescope
