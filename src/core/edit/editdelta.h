// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

// What an applied change-set did to the in-memory dataset and graph, in the ids views hold, so
// that each view updates only what changed. When `renumbered` is set, deletions moved ids: a
// view re-reads everything it holds by id (by key, for what it must keep, such as positions).
struct EditDelta final
{
    std::vector<EntityId> entitiesAdded;
    std::vector<EntityId> entitiesChanged;
    std::vector<TieId> tiesAdded;
    std::vector<TieId> tiesChanged; // fields, ends or citations
    std::vector<std::string> entitiesRemoved; // keys: their ids are gone
    std::vector<std::string> tiesRemoved;
    bool sourcesChanged = false;
    bool renumbered = false;
    // When renumbered: the id each record had before the edit -> its id after (invalid: gone),
    // so that views carry what they hold by id across the edit without keys.
    std::vector<EntityId> entityMoves;
    std::vector<TieId> tieMoves;

    // The id after the edit of what was `before` (invalid when it went).
    [[nodiscard]] EntityId moved(EntityId before) const { return movedId(entityMoves, before); }
    [[nodiscard]] TieId moved(TieId before) const { return movedId(tieMoves, before); }

    [[nodiscard]] bool empty() const
    {
        return entitiesAdded.empty() && entitiesChanged.empty() && tiesAdded.empty() && tiesChanged.empty()
               && entitiesRemoved.empty() && tiesRemoved.empty() && !sourcesChanged;
    }

private:
    template <typename Id>
    [[nodiscard]] Id movedId(const std::vector<Id> &moves, Id before) const
    {
        if (!renumbered)
            return before;
        return before.index() < moves.size() ? moves[before.index()] : Id{};
    }
};

} // namespace tiescope
