// SPDX-License-Identifier: MIT
#pragma once

#include <iterator>
#include <vector>

#include "interchange/importissue.h"
#include "interchange/importrow.h"
#include "interchange/importrowsink.h"

namespace tiescope {

// What the readers of one import found: entity rows, tie rows, the sources and the separate
// citations a TieScope CSV export carries, and every row they could not read. As a sink it
// keeps every row a reader streams into it.
struct ImportRows final : public ImportRowSink
{
    std::vector<ImportRow> entities;
    std::vector<ImportRow> ties;
    std::vector<ImportRow> sources;
    std::vector<ImportRow> citations; // record_type, record_id, source, locator, grade
    std::vector<ImportIssue> issues;

    void source(ImportRow &&row) override { sources.push_back(std::move(row)); }
    void citation(ImportRow &&row) override { citations.push_back(std::move(row)); }
    void entity(ImportRow &&row) override { entities.push_back(std::move(row)); }
    void tie(ImportRow &&row) override { ties.push_back(std::move(row)); }
    void readIssues(std::vector<ImportIssue> found) override
    {
        issues.insert(issues.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
};

} // namespace tiescope
