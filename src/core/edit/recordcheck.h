// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/problem.h"
#include "model/entity.h"
#include "model/source.h"
#include "model/tie.h"

namespace tiescope {

// Reads one record of a change-set (dataset-file JSON) with the dataset reader's own field
// checks (JsonRecord: types, required and unknown fields, dates) and then the dataset rules
// (DatasetValidator::check, checkGrade), so an edit meets exactly what a dataset file must.
// References stay keys here; the store resolves them. Every problem goes to `problems`, named
// after the record; nullopt when the record cannot be used.
class RecordCheck final
{
public:
    struct EntityDraft
    {
        Entity entity;
        std::string kind;
        nlohmann::ordered_json citations; // the record's own "citations" (an array, maybe empty)
    };
    struct TieDraft
    {
        Tie tie;
        std::string from, to, domain, relation;
        nlohmann::ordered_json citations;
    };
    struct CitationDraft
    {
        Citation citation;
        std::string source;
        std::string ownerTable; // "ties" or "entities"
        std::string ownerKey;
    };

    RecordCheck(std::string file, std::vector<Problem> &problems) : m_file(std::move(file)), m_problems(problems) {}

    [[nodiscard]] std::optional<EntityDraft> entity(const nlohmann::ordered_json &record);
    [[nodiscard]] std::optional<TieDraft> tie(const nlohmann::ordered_json &record);
    [[nodiscard]] std::optional<Source> source(const nlohmann::ordered_json &record);
    // `owner` names the record in messages; a citation given inside an entity or tie takes its
    // owner from there (ownerTable/ownerKey), a standalone one from its "tie" or "entity".
    [[nodiscard]] std::optional<CitationDraft> citation(const nlohmann::ordered_json &record, const std::string &owner,
                                                        const std::string &ownerTable = {},
                                                        const std::string &ownerKey = {});

    // Reports a problem with a record by name (a reference the store lacks, a taken key).
    void problem(const std::string &record, const std::string &message);

private:
    std::string m_file;
    std::vector<Problem> &m_problems;
};

} // namespace tiescope
