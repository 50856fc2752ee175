// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "filter/filterspec.h"
#include "graph/graphview.h"

namespace tiescope {

class TieGraph;
struct Entity;

// Applies a FilterSpec to a TieGraph. The rules (docs/data-model.md):
// - an entity passes when its kind is allowed;
// - a tie is visible when its domain and status are allowed, its date interval overlaps the
//   window, one of its citations meets the minimum grade, its publishers corroborate it when
//   that is asked, both ends pass, and, when a text is given, one of its ends matches the text;
// - an entity is visible when it passes and (no text is given, or it matches, or it has a
//   visible tie), and, with IsolatedEntities::Hide, when it has a visible tie.
class FilterEngine final
{
public:
    [[nodiscard]] static GraphView apply(const TieGraph &graph, const FilterSpec &spec);

    // Ties per domain (indexed by DomainId) that would be visible if that domain alone were
    // switched on along with the rest of the spec: the counts a domain toggle shows.
    [[nodiscard]] static std::vector<std::size_t> countByDomain(const TieGraph &graph, const FilterSpec &spec);

    // Unknown keys in the spec (domains, kinds), "domain:x" / "kind:y", for clear errors.
    [[nodiscard]] static std::vector<std::string> unknownKeys(const TieGraph &graph, const FilterSpec &spec);

    [[nodiscard]] static bool matchesText(const Entity &entity, std::string_view loweredNeedle);
    [[nodiscard]] static std::string lowered(std::string_view text);
};

} // namespace tiescope
