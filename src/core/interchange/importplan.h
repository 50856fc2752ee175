// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "edit/changeset.h"
#include "interchange/importissue.h"

namespace tiescope {

// The dry run of an import (ImportPlanner): what it would do to the store, record by record,
// and the one change-set that does it — applied by Store::apply as one transaction, one audit
// entry and one undo step. Rows match the store's records by their stable key: a record the
// store lacks is new, one that differs in a field the file gives is updated, one that does not
// is unchanged, and one the row cannot update without becoming another record (a tie between
// other entities, an entity of another kind) is conflicting and left alone. Bad rows are in
// the report and not in the change-set; a re-import of the same files gives an empty one.
struct ImportPlan final
{
    enum class Outcome
    {
        New,
        Updated,
        Unchanged,
        Conflicting
    };

    struct Counts
    {
        std::size_t added = 0, updated = 0, unchanged = 0, conflicting = 0;
    };
    struct Row
    {
        std::string table; // "entity", "tie", "source"
        std::string key;
        Outcome outcome = Outcome::New;
        std::string file;
        std::size_t line = 0;
        std::string detail; // the fields that change, or why it conflicts
    };

    Counts entities, ties, sources;
    std::vector<Row> rows;
    std::vector<ImportIssue> badRows;
    ChangeSet changeSet;
    // A streamed plan (ImportPlanner::streamChanges) has handed its changes over in parts as
    // it went, and a report with a row limit (limitRows) keeps only its first rows.
    std::size_t changesHandedOver = 0;
    std::size_t rowsLeftOut = 0; // rows not kept that are not unchanged

    // Every change planned: those handed over and those still in changeSet.
    [[nodiscard]] std::size_t changeCount() const { return changesHandedOver + changeSet.changes().size(); }

    [[nodiscard]] bool hasBadRows() const { return !badRows.empty(); }
    // "entities: 2 new, 1 updated, 0 unchanged, 0 conflicting; ties: ...; 3 bad rows".
    [[nodiscard]] std::string summary() const;
    // The report as JSON: counts, rows and bad rows (file, line, column, reason).
    [[nodiscard]] nlohmann::ordered_json toJson() const;
    [[nodiscard]] static std::string toString(Outcome outcome);
};

} // namespace tiescope
