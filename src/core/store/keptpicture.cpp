// SPDX-License-Identifier: MIT
#include "store/keptpicture.h"

#include <unordered_map>

#include "model/dataset.h"
#include "store/store.h"

namespace tiescope {

std::optional<KeptPicture> KeptPicture::read(const Store &store, const Dataset &data)
{
    const std::optional<std::string> layout = store.lastLayout();
    if (!layout)
        return std::nullopt;
    const std::vector<StoredPosition> kept = store.positions(*layout);
    std::unordered_map<std::int64_t, const StoredPosition *> byRowId;
    byRowId.reserve(kept.size());
    for (const StoredPosition &row : kept)
        byRowId.emplace(row.entityRowId, &row);
    const std::vector<Entity> &entities = data.entities();
    KeptPicture picture{*layout, std::vector<Point>(entities.size()), std::vector<std::uint8_t>(entities.size(), 0)};
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const auto found = byRowId.find(entities[i].rowId);
        if (found == byRowId.end())
            return std::nullopt;
        picture.positions[i] = {found->second->x, found->second->y};
        picture.pins[i] = found->second->pinned ? 1 : 0;
    }
    return picture;
}

} // namespace tiescope
