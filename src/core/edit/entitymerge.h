// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include "edit/changeset.h"
#include "model/strongid.h"

namespace tiescope {

class Dataset;

// The change-set that merges one entity into another while the analyst picks, field by field,
// which of the two values the survivor keeps. One change-set: the merge (ties and citations
// re-pointed, the merged name, aliases and key kept as aliases, the merged entity deleted),
// then one update of the survivor's chosen fields. When the survivor takes the merged name,
// its own old name becomes an alias instead, so nothing either was called is lost.
class EntityMerge final
{
public:
    // Which fields take the merged entity's value (false: the survivor's stays).
    struct Choice
    {
        bool name = false;
        bool kind = false;
        bool country = false;
        bool description = false;
    };

    [[nodiscard]] static ChangeSet build(const Dataset &dataset, EntityId merged, EntityId into, const Choice &choice);
};

} // namespace tiescope
