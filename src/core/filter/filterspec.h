// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <set>
#include <string>

#include "filter/isolatedentities.h"
#include "model/grade.h"
#include "model/partialdate.h"
#include "model/tiestatus.h"

namespace tiescope {

// What the analyst asks to see, as plain values. Sets hold stable text keys so a filter
// can be saved in a snapshot and read against another copy of the data. An empty optional
// means "no restriction"; an empty set means "none of them".
struct FilterSpec final
{
    std::optional<std::set<std::string>> domains;
    std::optional<std::set<std::string>> kinds;
    std::optional<std::set<TieStatus>> statuses;
    std::optional<PartialDate> from; // window start (its first day); empty: open
    std::optional<PartialDate> to;   // window end (its last day); empty: open
    std::optional<Grade> minimumGrade; // a tie passes when one citation meets it
    std::string text;                  // case-insensitive match on entity names, aliases, keys
    IsolatedEntities isolated = IsolatedEntities::Fade; // entities left with no visible tie
    // Ties with neither start nor end have no place in time: shown in any window when set,
    // never when not (docs/data-model.md, "Date windows").
    bool includeUndated = true;
    // Only ties whose citations name two or more independent publishers (Corroboration).
    bool corroboratedOnly = false;

    // Nothing is filtered out (Fade and Show only change how isolated entities are drawn).
    [[nodiscard]] bool isEmpty() const;
    bool operator==(const FilterSpec &) const = default;
};

} // namespace tiescope
