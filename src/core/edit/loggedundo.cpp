// SPDX-License-Identifier: MIT
#include "edit/loggedundo.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "io/boundedjson.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

nlohmann::ordered_json parsed(const std::string &text, const AuditEntry &entry)
{
    if (text.empty())
        return nullptr;
    nlohmann::ordered_json value = BoundedJson::parse<nlohmann::ordered_json>(text, false);
    if (value.is_discarded())
        throw std::runtime_error("audit row " + std::to_string(entry.id) + " holds a record that is not JSON");
    return value;
}

} // namespace

std::optional<LoggedUndo::Plan> LoggedUndo::plan(const std::vector<AuditEntry> &history,
                                                 std::optional<std::int64_t> changeSet)
{
    if (history.empty())
        return std::nullopt;
    const std::int64_t wanted =
        changeSet ? *changeSet
                  : std::max_element(history.begin(), history.end(), [](const AuditEntry &a, const AuditEntry &b) {
                        return a.changeSet < b.changeSet;
                    })->changeSet;
    std::vector<const AuditEntry *> rows;
    for (const AuditEntry &entry : history) {
        if (entry.changeSet == wanted)
            rows.push_back(&entry);
    }
    if (rows.empty())
        return std::nullopt;
    // In the order they were applied, which the inverse walks backwards.
    std::stable_sort(rows.begin(), rows.end(), [](const AuditEntry *a, const AuditEntry *b) { return a->id < b->id; });
    std::vector<AppliedChange> applied;
    for (const AuditEntry *entry : rows) {
        const auto operation = parseChangeOperation(entry->operation);
        const auto table = parseRecordTable(entry->table);
        if (!operation || !table)
            throw std::runtime_error("audit row " + std::to_string(entry->id) + " names an unknown operation or table ('" +
                                     entry->operation + "', '" + entry->table + "')");
        applied.push_back(
            AppliedChange{*operation, *table, entry->key, entry->rowId, parsed(entry->before, *entry), parsed(entry->after, *entry)});
    }
    Plan plan{wanted, rows.front()->label, ChangeSet::inverseOf(applied, rows.front()->label), {}};
    std::set<std::pair<std::string, std::string>> touched; // table and key, or table and row id
    const auto record = [](const AuditEntry &entry) {
        return std::make_pair(entry.table, entry.table == "citations" ? std::to_string(entry.rowId) : entry.key);
    };
    for (const AuditEntry *entry : rows)
        touched.insert(record(*entry));
    for (const AuditEntry &entry : history) {
        if (entry.changeSet > wanted && touched.count(record(entry)))
            plan.changedLater.push_back(entry.table + " " + record(entry).second + " in change-set " +
                                        std::to_string(entry.changeSet));
    }
    return plan;
}

std::vector<std::string> LoggedUndo::laterDependents(const Plan &plan, const Dataset &current)
{
    std::set<std::string> entities, ties;
    std::set<std::int64_t> citations;
    for (const Change &change : plan.undo.changes()) {
        if (change.operation != ChangeOperation::Delete)
            continue;
        if (change.table == RecordTable::Entities)
            entities.insert(change.key);
        else if (change.table == RecordTable::Ties)
            ties.insert(change.key);
        else if (change.table == RecordTable::Citations)
            citations.insert(change.rowId);
    }
    std::vector<std::string> found;
    const auto uncited = [&](const std::vector<Citation> &list, const std::string &what) {
        for (const Citation &citation : list) {
            if (!citations.count(citation.rowId))
                found.push_back("citation " + std::to_string(citation.rowId) + " of " + what + " was added later");
        }
    };
    for (const Tie &tie : current.ties()) {
        const std::string &from = current.entity(tie.from).key, &to = current.entity(tie.to).key;
        if (ties.count(tie.key)) {
            uncited(tie.citations, "tie " + tie.key);
            continue;
        }
        for (const std::string &end : {from, to}) {
            if (entities.count(end))
                found.push_back("tie " + tie.key + " to " + end + " was added later");
        }
    }
    for (const Entity &entity : current.entities()) {
        if (entities.count(entity.key))
            uncited(entity.citations, "entity " + entity.key);
    }
    return found;
}

} // namespace tiescope
