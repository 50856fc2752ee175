// SPDX-License-Identifier: MIT
#include "interchange/importplan.h"

#include <nlohmann/json.hpp>

namespace tiescope {

namespace {

std::string counted(const char *table, const ImportPlan::Counts &counts)
{
    return std::string(table) + ": " + std::to_string(counts.added) + " new, " + std::to_string(counts.updated) +
           " updated, " + std::to_string(counts.unchanged) + " unchanged, " + std::to_string(counts.conflicting) +
           " conflicting";
}

nlohmann::ordered_json countsJson(const ImportPlan::Counts &counts)
{
    return {{"new", counts.added},
            {"updated", counts.updated},
            {"unchanged", counts.unchanged},
            {"conflicting", counts.conflicting}};
}

} // namespace

std::string ImportPlan::summary() const
{
    std::string text = counted("entities", entities) + "; " + counted("ties", ties);
    if (sources.added + sources.unchanged + sources.updated != 0)
        text += "; " + counted("sources", sources);
    return text + "; " + std::to_string(badRows.size()) + (badRows.size() == 1 ? " bad row" : " bad rows");
}

nlohmann::ordered_json ImportPlan::toJson() const
{
    nlohmann::ordered_json json = nlohmann::ordered_json::object();
    json["entities"] = countsJson(entities);
    json["ties"] = countsJson(ties);
    json["sources"] = countsJson(sources);
    json["changes"] = changeCount();
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Row &row : rows)
        list.push_back({{"table", row.table},
                        {"key", row.key},
                        {"outcome", toString(row.outcome)},
                        {"file", row.file},
                        {"line", row.line},
                        {"detail", row.detail}});
    json["rows"] = std::move(list);
    nlohmann::ordered_json bad = nlohmann::ordered_json::array();
    for (const ImportIssue &issue : badRows)
        bad.push_back({{"file", issue.file}, {"line", issue.line}, {"column", issue.column}, {"reason", issue.reason}});
    json["bad_rows"] = std::move(bad);
    return json;
}

std::string ImportPlan::toString(Outcome outcome)
{
    switch (outcome) {
    case Outcome::New:
        return "new";
    case Outcome::Updated:
        return "updated";
    case Outcome::Unchanged:
        return "unchanged";
    case Outcome::Conflicting:
        return "conflicting";
    }
    return {};
}

} // namespace tiescope
