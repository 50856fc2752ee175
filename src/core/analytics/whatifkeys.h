// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/whatifoverlay.h"

namespace tiescope {

class Dataset;

// The what-if overlay in the words of files and people, turned into ids against a Dataset
// and back. Snapshots keep it by key (entity and tie ids, exactly); the CLI's --without and
// --sanction name a tie by its id or an entity by its id, name or alias. What the data lacks
// is reported, never guessed.
class WhatIfKeys final
{
public:
    // An overlay by key, as a snapshot keeps it.
    struct Keys
    {
        std::vector<std::string> removedEntities;
        std::vector<std::string> removedTies;
        std::map<std::string, double> sanctionedEntities; // key -> strength kept, 0..1
        std::map<std::string, double> sanctionedTies;
        bool operator==(const Keys &) const = default;
    };

    // A key the data lacks: what it should name ("entity", "tie" or "domain") and the key.
    struct Unknown
    {
        std::string what;
        std::string key;
        bool operator==(const Unknown &) const = default;
    };

    [[nodiscard]] static Keys toKeys(const WhatIfOverlay &overlay, const Dataset &data);
    // Unknown keys are left out of the overlay and appended to `unknown`, in the order of `keys`.
    [[nodiscard]] static WhatIfOverlay fromKeys(const Keys &keys, const Dataset &data, std::vector<Unknown> &unknown);

    // Removes, or sanctions to `remaining`, what a person named: a tie by its exact id, else an
    // entity by its id, name or alias in any case (EntityResolver). Returns why nothing was
    // changed ("unknown entity ...; close matches: ..."), or an empty string.
    [[nodiscard]] static std::string remove(WhatIfOverlay &overlay, const Dataset &data, std::string_view text);
    [[nodiscard]] static std::string sanction(WhatIfOverlay &overlay, const Dataset &data, std::string_view text,
                                              double remaining);
};

} // namespace tiescope
