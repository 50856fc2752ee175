// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <vector>

#include "interchange/importplan.h"
#include "interchange/importrows.h"
#include "interchange/importrowsink.h"
#include "interchange/importspec.h"

namespace tiescope {

class Dataset;
class ImportRecordPlanner;

// Makes the dry run of an import: the read rows matched to the open store's records (or an
// empty store's vocabulary) by their stable keys, each checked with the dataset rules
// (RecordCheck) and classified, and the change-set of the valid ones (docs/interchange.md,
// "Import"). Kinds, domains and relations are named by key or label; an edge list's endpoints
// that no entity row lists become entities of the default kind; a tie key the file does not
// give is made from its ends and relation ("a-owns-b", "a-owns-b-2", ... in file order).
//
// plan() plans rows already read. As an ImportRowSink the planner plans each row as a reader
// streams it (ImportFiles::stream) and, with streamChanges, hands the change-set over in parts
// as it grows, so that a large import is never held whole: rows, plan and changes.
class ImportPlanner final : public ImportRowSink
{
public:
    using Part = std::function<void(const ChangeSet &part)>;

    ImportPlanner(const Dataset &store, const ImportSpec &spec);
    ~ImportPlanner() override;
    ImportPlanner(const ImportPlanner &) = delete;
    ImportPlanner &operator=(const ImportPlanner &) = delete;

    [[nodiscard]] static ImportPlan plan(const Dataset &store, const ImportRows &rows, const ImportSpec &spec);

    // Hands the planned changes to `part` whenever `size` of them are waiting, and the rest in
    // finish(), in order: the parts together are the change-set plan() would have made.
    void streamChanges(std::size_t size, Part part);
    // The report keeps at most `limit` rows, none of them unchanged (the counts count all).
    void limitRows(std::size_t limit);
    // For a plan that will not be applied (a dry run): its changes do not carry the drafts
    // that spare the applier a second check of each record (CheckedDraft).
    void dropDrafts();
    // Bad rows found so far (a reader gives its issues at the end).
    [[nodiscard]] bool hasBadRows() const;

    void source(ImportRow &&row) override;
    void citation(ImportRow &&row) override;
    void entity(ImportRow &&row) override;
    void tie(ImportRow &&row) override;
    void readIssues(std::vector<ImportIssue> issues) override;

    // The plan, the reading issues first among its bad rows, as plan() gives it.
    [[nodiscard]] ImportPlan finish();

private:
    void beforeRecords(); // the default source, once, before the first entity or tie
    void handOver(bool all);

    std::unique_ptr<ImportRecordPlanner> m_records;
    Part m_part;
    std::size_t m_partSize = 0;
    bool m_recordsBegun = false;
    std::vector<ImportIssue> m_readIssues;
};

} // namespace tiescope
