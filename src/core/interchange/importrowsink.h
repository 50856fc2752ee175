// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include "interchange/importissue.h"
#include "interchange/importrow.h"

namespace tiescope {

// Where a reader's rows go as they are read, so that a large file need not be held whole
// (ImportPlanner plans each row as it comes; ImportRows keeps them). Rows come in this order:
// sources, then the separate citations, then entities, then ties; a row may be moved from.
// The issues of reading come once, at the end, all of them in the reader's order.
class ImportRowSink
{
public:
    virtual ~ImportRowSink() = default;
    virtual void source(ImportRow &&row) = 0;
    virtual void citation(ImportRow &&row) = 0;
    virtual void entity(ImportRow &&row) = 0;
    virtual void tie(ImportRow &&row) = 0;
    virtual void readIssues(std::vector<ImportIssue> issues) = 0;
};

} // namespace tiescope
