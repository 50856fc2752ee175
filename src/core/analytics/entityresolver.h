// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

class Dataset;

// Turns what an analyst types into an entity: its id exactly, or its id, name or an alias
// ignoring case. An unknown or ambiguous name gets a message listing close matches
// (by edit distance, or containing the text) so the analyst can correct it.
class EntityResolver final
{
public:
    struct Resolution
    {
        std::optional<EntityId> entity;
        std::vector<EntityId> candidates; // when ambiguous: all matches; when unknown: close ones
        std::string message;              // empty on success, one line otherwise
    };

    explicit EntityResolver(const Dataset &dataset) : m_dataset(&dataset) {}

    [[nodiscard]] Resolution resolve(std::string_view text) const;
    // Best first, at most `limit`.
    [[nodiscard]] std::vector<EntityId> closeMatches(std::string_view text, std::size_t limit = 5) const;

    // Levenshtein distance (bytes).
    [[nodiscard]] static std::size_t editDistance(std::string_view a, std::string_view b);

private:
    [[nodiscard]] std::string describe(const std::vector<EntityId> &entities) const;

    const Dataset *m_dataset;
};

} // namespace tiescope
