// SPDX-License-Identifier: MIT
#include "analytics/whatifkeys.h"

#include "analytics/entitykeylookup.h"
#include "analytics/entityresolver.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

// Calls onTie or onEntity with what the text names; returns the resolver's message otherwise.
template <typename OnTie, typename OnEntity>
std::string named(const Dataset &data, std::string_view text, OnTie onTie, OnEntity onEntity)
{
    if (const auto tie = data.findTie(text)) {
        onTie(*tie);
        return {};
    }
    const EntityResolver::Resolution resolution = EntityResolver(data).resolve(text);
    if (!resolution.entity)
        return resolution.message;
    onEntity(*resolution.entity);
    return {};
}

} // namespace

WhatIfKeys::Keys WhatIfKeys::toKeys(const WhatIfOverlay &overlay, const Dataset &data)
{
    Keys keys;
    for (const EntityId e : overlay.removedEntities())
        keys.removedEntities.push_back(data.entity(e).key);
    for (const TieId t : overlay.removedTies())
        keys.removedTies.push_back(data.tie(t).key);
    for (const auto &[e, f] : overlay.sanctionedEntities())
        keys.sanctionedEntities[data.entity(e).key] = f;
    for (const auto &[t, f] : overlay.sanctionedTies())
        keys.sanctionedTies[data.tie(t).key] = f;
    return keys;
}

WhatIfOverlay WhatIfKeys::fromKeys(const Keys &keys, const Dataset &data, std::vector<Unknown> &unknown)
{
    WhatIfOverlay overlay;
    const EntityKeyLookup entities(data); // a merged entity's key finds the one it went into
    const auto entity = [&](const std::string &key) {
        const auto id = entities.find(key);
        if (!id)
            unknown.push_back({"entity", key});
        return id;
    };
    const auto tie = [&](const std::string &key) {
        const auto id = data.findTie(key);
        if (!id)
            unknown.push_back({"tie", key});
        return id;
    };
    for (const std::string &key : keys.removedEntities) {
        if (const auto id = entity(key))
            overlay.removeEntity(*id);
    }
    for (const std::string &key : keys.removedTies) {
        if (const auto id = tie(key))
            overlay.removeTie(*id);
    }
    for (const auto &[key, f] : keys.sanctionedEntities) {
        if (const auto id = entity(key))
            overlay.sanctionEntity(*id, f);
    }
    for (const auto &[key, f] : keys.sanctionedTies) {
        if (const auto id = tie(key))
            overlay.sanctionTie(*id, f);
    }
    return overlay;
}

std::string WhatIfKeys::remove(WhatIfOverlay &overlay, const Dataset &data, std::string_view text)
{
    return named(
        data, text, [&](TieId t) { overlay.removeTie(t); }, [&](EntityId e) { overlay.removeEntity(e); });
}

std::string WhatIfKeys::sanction(WhatIfOverlay &overlay, const Dataset &data, std::string_view text, double remaining)
{
    return named(
        data, text, [&](TieId t) { overlay.sanctionTie(t, remaining); },
        [&](EntityId e) { overlay.sanctionEntity(e, remaining); });
}

} // namespace tiescope
