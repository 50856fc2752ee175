// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

#include "edit/checkeddraft.h"
#include "edit/recordcheck.h"
#include "interchange/importcitations.h"
#include "interchange/importplan.h"
#include "interchange/importrow.h"
#include "interchange/importspec.h"

namespace tiescope {

class Dataset;

// ImportPlanner's work on one row at a time: a source, entity or tie row matched to the store's
// records by its key, checked with the dataset rules (RecordCheck) and classified in the plan,
// its changes appended to the plan's change-set. Rows come in ImportRowSink's order, the
// separate citations (citations().add) before the entities and ties that they back.
class ImportRecordPlanner final
{
public:
    ImportRecordPlanner(const Dataset &store, const ImportSpec &spec);

    [[nodiscard]] ImportPlan &plan() { return m_plan; }
    [[nodiscard]] ImportCitations &citations() { return m_citations; }
    // Keeps at most `limit` rows in the report, and none that is unchanged; the counts count
    // every row, and plan().rowsLeftOut the others left out.
    void limitRows(std::size_t limit) { m_rowLimit = limit; }
    // A plan that will not be applied (a dry run) need not carry the checked drafts.
    void dropDrafts() { m_keepDrafts = false; }

    void source(const ImportRow &row);
    // The spec's default source when it is new: once, after the sources, before entities and ties.
    void defaultSource();
    void entity(const ImportRow &row);
    void tie(const ImportRow &row);

private:
    [[nodiscard]] bool known(const std::string &source) const;
    void bad(const ImportRow &row, const std::string &column, std::string reason);
    // The dataset rules' findings on a record (RecordCheck) as bad rows; the draft the check
    // made when there were none, to go with the record's Change (checked once, not again).
    template <typename Check>
    std::shared_ptr<const CheckedDraft> passes(const ImportRow &row, Check &&check)
    {
        std::vector<Problem> problems;
        RecordCheck records(row.file, problems);
        auto draft = check(records);
        for (const Problem &problem : problems)
            bad(row, {}, problem.message);
        if (!problems.empty() || !draft)
            return nullptr;
        return std::make_shared<const CheckedDraft>(CheckedDraft{std::move(*draft)});
    }
    void note(const char *table, const std::string &key, ImportPlan::Outcome outcome, const std::string &file,
              std::size_t line, std::string detail);
    // The row's key, unless it repeats one of this import (a bad row then).
    std::optional<std::string> key(const ImportRow &row, const std::string &raw, const std::string &column,
                                   std::unordered_map<std::string, std::size_t> &seen);
    bool endpoint(const ImportRow &row, const std::string &field, const std::string &key);
    // The key of the vocabulary entry `text` names (findTerm), remembered per vocabulary.
    template <typename Item>
    const std::optional<std::string> &lookup(const std::vector<Item> &items, const std::string &text);
    template <typename Item>
    std::optional<std::string> term(const ImportRow &row, const char *field, const std::string &fallback,
                                    const std::vector<Item> &items, const char *what);
    // Notes an existing record as updated (its changed fields and new citations go into the
    // change-set) or unchanged.
    void changed(RecordTable table, const char *name, const std::string &id, const ImportRow &row, nlohmann::ordered_json fields,
                 const std::vector<nlohmann::ordered_json> &citations, const std::vector<Citation> &existing);

    const Dataset &m_store;
    const ImportSpec &m_spec;
    ImportCitations m_citations;
    ImportPlan m_plan;
    std::unordered_set<std::string> m_newSources, m_goodEntities, m_badEntities;
    std::unordered_map<std::string, std::size_t> m_sourceLines, m_entityLines, m_tieLines; // key -> first line
    std::unordered_map<std::string, int> m_derived;
    std::unordered_map<const void *, std::unordered_map<std::string, std::optional<std::string>>> m_terms;
    std::optional<std::size_t> m_rowLimit;
    bool m_keepDrafts = true;
};

} // namespace tiescope
