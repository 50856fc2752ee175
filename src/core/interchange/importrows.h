// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "interchange/importissue.h"
#include "interchange/importrow.h"

namespace tiescope {

// What the readers of one import found: entity rows, tie rows, the sources and the separate
// citations a TieScope CSV export carries, and every row they could not read.
struct ImportRows final
{
    std::vector<ImportRow> entities;
    std::vector<ImportRow> ties;
    std::vector<ImportRow> sources;
    std::vector<ImportRow> citations; // record_type, record_id, source, locator, grade
    std::vector<ImportIssue> issues;
};

} // namespace tiescope
