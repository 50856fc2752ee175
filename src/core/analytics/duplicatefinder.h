// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/strongid.h"

namespace tiescope {

class Dataset;

// Pairs of entities that may be one thing recorded twice: of the same kind and country, with a
// name, alias or key that reads the same once normalised (NameKey: case, diacritics,
// punctuation, white space). Ranked best first: two names alike before a name matching an
// alias, before two aliases alike; more shared labels rank higher. The analyst decides.
class DuplicateFinder final
{
public:
    struct Candidate
    {
        EntityId first; // the earlier entity of the pair
        EntityId second;
        double score = 0;  // 1: names alike; 0.9 a name and an alias or key; 0.7 two aliases
        std::string label; // the normalised label they share (the best one)
    };

    // Labels shared by more than this many entities (a generic alias) make no pairs: they
    // would say nothing and cost a quadratic number of them.
    static constexpr std::size_t MaxGroup = 32;

    [[nodiscard]] static std::vector<Candidate> find(const Dataset &dataset);
};

} // namespace tiescope
