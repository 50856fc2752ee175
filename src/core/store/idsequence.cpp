// SPDX-License-Identifier: MIT
#include "store/idsequence.h"

#include <string>

#include "store/sqlitedb.h"
#include "store/statementcache.h"

namespace tiescope {

void IdSequence::raiseToPresent(SqliteDb &db)
{
    db.exec("INSERT INTO id_sequence (table_name, last_id) "
            "SELECT 'entities', coalesce(max(id), 0) FROM entities UNION ALL "
            "SELECT 'ties', coalesce(max(id), 0) FROM ties UNION ALL "
            "SELECT 'sources', coalesce(max(id), 0) FROM sources UNION ALL "
            "SELECT 'citations', coalesce(max(id), 0) FROM citations WHERE true "
            "ON CONFLICT (table_name) DO UPDATE SET last_id = max(last_id, excluded.last_id)");
}

std::int64_t IdSequence::next(std::string_view table)
{
    // Within the transaction nothing else writes the table, so the ids after the first one
    // this object took are the ones following it.
    if (const auto last = m_last.find(table); last != m_last.end())
        return ++last->second;
    // The table name is one of four constants from the caller, never data, so it may be
    // spliced into the SQL; the present maximum covers rows written behind the sequence's back.
    const std::string name(table);
    const std::string sql =
        "INSERT INTO id_sequence (table_name, last_id) SELECT ?1, coalesce(max(id), 0) + 1 FROM \"" + name +
        "\" WHERE true ON CONFLICT (table_name) DO UPDATE SET last_id = "
        "max(last_id + 1, excluded.last_id) RETURNING last_id";
    Statement &update = m_statements.get(sql);
    update.bind(1, std::string_view(name));
    update.step();
    const std::int64_t id = update.integer(0);
    while (update.step()) {
    }
    m_last.emplace(name, id);
    return id;
}

void IdSequence::record()
{
    Statement &update = m_statements.get("UPDATE id_sequence SET last_id = max(last_id, ?2) WHERE table_name = ?1");
    for (const auto &[table, last] : m_last) {
        update.bind(1, std::string_view(table));
        update.bind(2, last);
        update.run();
    }
}

} // namespace tiescope
