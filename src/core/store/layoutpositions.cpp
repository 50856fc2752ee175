// SPDX-License-Identifier: MIT
#include "store/layoutpositions.h"

#include "store/sqlitedb.h"
#include "store/transaction.h"

namespace tiescope {

void LayoutPositions::write(SqliteDb &db, const std::string &layout, const std::vector<StoredPosition> &positions)
{
    Transaction transaction(db);
    Statement name = db.prepare("INSERT INTO layouts (name, saved) VALUES (?, (SELECT coalesce(max(saved), 0) + 1 "
                                "FROM layouts)) ON CONFLICT (name) DO UPDATE SET saved = excluded.saved");
    name.bind(1, std::string_view(layout));
    name.run();
    // SELECT ... FROM entities: a row whose entity is gone is skipped instead of failing the save.
    Statement row = db.prepare("INSERT INTO layout_positions (layout, entity_id, x, y, pinned) "
                               "SELECT ?, id, ?, ?, ? FROM entities WHERE id = ? "
                               "ON CONFLICT (layout, entity_id) DO UPDATE SET x = excluded.x, y = excluded.y, "
                               "pinned = excluded.pinned");
    for (const StoredPosition &position : positions) {
        row.bind(1, std::string_view(layout));
        row.bind(2, position.x);
        row.bind(3, position.y);
        row.bind(4, std::int64_t{position.pinned ? 1 : 0});
        row.bind(5, position.entityRowId);
        row.run();
    }
    transaction.commit();
}

std::vector<StoredPosition> LayoutPositions::read(const SqliteDb &db, const std::string &layout)
{
    Statement select =
        db.prepare("SELECT entity_id, x, y, pinned FROM layout_positions WHERE layout = ? ORDER BY entity_id");
    select.bind(1, std::string_view(layout));
    std::vector<StoredPosition> positions;
    while (select.step())
        positions.push_back({select.integer(0), select.real(1), select.real(2), select.integer(3) != 0});
    return positions;
}

std::optional<std::string> LayoutPositions::last(const SqliteDb &db)
{
    Statement select = db.prepare("SELECT name FROM layouts ORDER BY saved DESC LIMIT 1");
    if (!select.step())
        return std::nullopt;
    return select.text(0);
}

} // namespace tiescope
