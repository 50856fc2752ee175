// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

#include "edit/changeset.h"
#include "io/problem.h"

namespace tiescope {

// What Store::apply did: either problems (and nothing written), or the committed change-set's
// audit id, every row it added, updated or deleted (by table, key and row id, in order), and
// the inverse that undoes it.
struct ApplyResult final
{
    std::vector<Problem> problems;
    std::int64_t changeSetId = 0;
    std::vector<AppliedChange> changes;
    ChangeSet inverse;

    [[nodiscard]] bool ok() const { return problems.empty(); }
};

} // namespace tiescope
