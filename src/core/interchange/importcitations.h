// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <unordered_map>
#include <utility>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "interchange/importrow.h"
#include "interchange/importissue.h"
#include "interchange/importspec.h"

namespace tiescope {

// The citations of an import row, in dataset-file form ({source, locator, reliability,
// credibility}), from the first of: the row's "citations" (the JSON array TieScope's GraphML
// and GEXF exports write), the rows of a separate citations file (TieScope's CSV export), the
// row's source / locator / grade columns ("a|b" names two sources), its "sources" list, and
// the spec's default source and grade. A tie that ends with none is a bad row: a tie is never
// stored uncited.
class ImportCitations final
{
public:
    explicit ImportCitations(const ImportSpec &spec) : m_spec(spec) {}

    // A row of the separate citations file (record_type, record_id, source, locator, grade, quote).
    void add(const ImportRow &row);

    // `owner` is "tie" or "entity" (only a tie takes the default source); `known` says whether a source key is in the
    // store or the import. Problems go to `issues`; an empty result with no new issue means "none given".
    // A record's separate citations are let go once given: the planner asks once per record.
    [[nodiscard]] std::vector<nlohmann::ordered_json> of(const ImportRow &row, const std::string &owner,
                                                         const std::string &key,
                                                         const std::function<bool(const std::string &)> &known,
                                                         std::vector<ImportIssue> &issues);

private:
    struct Cite
    {
        std::string source, locator, grade, quote;
        std::string file, column;
        std::size_t line = 0;
    };
    [[nodiscard]] std::vector<Cite> given(const ImportRow &row, const std::string &owner, const std::string &key,
                                          std::vector<ImportIssue> &issues);

    // A citations file row as kept until its record is planned: its file and column once, not
    // per row (a large import has a million of them).
    struct Separate
    {
        std::string source, locator, grade, quote;
        std::size_t line = 0;
        std::size_t where = 0; // into m_places
    };

    const ImportSpec &m_spec;
    std::unordered_map<std::string, std::vector<Separate>> m_separate; // "tie:KEY" -> citations file rows
    std::vector<std::pair<std::string, std::string>> m_places;         // file, column
};

} // namespace tiescope
