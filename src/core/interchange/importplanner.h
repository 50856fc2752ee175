// SPDX-License-Identifier: MIT
#pragma once

#include "interchange/importplan.h"
#include "interchange/importrows.h"
#include "interchange/importspec.h"

namespace tiescope {

class Dataset;

// Makes the dry run of an import: the read rows matched to the open store's records (or an
// empty store's vocabulary) by their stable keys, each checked with the dataset rules
// (RecordCheck) and classified, and the change-set of the valid ones (docs/interchange.md,
// "Import"). Kinds, domains and relations are named by key or label; an edge list's endpoints
// that no entity row lists become entities of the default kind; a tie key the file does not
// give is made from its ends and relation ("a-owns-b", "a-owns-b-2", ... in file order).
class ImportPlanner final
{
public:
    [[nodiscard]] static ImportPlan plan(const Dataset &store, const ImportRows &rows, const ImportSpec &spec);
};

} // namespace tiescope
