// SPDX-License-Identifier: MIT
#include "edit/changeset.h"

#include <utility>

namespace tiescope {

ChangeSet &ChangeSet::append(Change change)
{
    m_changes.push_back(std::move(change));
    return *this;
}

ChangeSet &ChangeSet::add(RecordTable table, nlohmann::ordered_json record)
{
    return add(table, std::move(record), nullptr);
}

ChangeSet &ChangeSet::add(RecordTable table, nlohmann::ordered_json record, std::shared_ptr<const CheckedDraft> checked)
{
    std::string key;
    if (const auto id = record.find("id"); id != record.end() && id->is_string())
        key = id->get<std::string>();
    return append(Change{ChangeOperation::Add, table, std::move(key), 0, std::move(record), {}, std::move(checked)});
}

ChangeSet &ChangeSet::update(RecordTable table, std::string key, nlohmann::ordered_json fields)
{
    return append(Change{ChangeOperation::Update, table, std::move(key), 0, std::move(fields), {}});
}

ChangeSet &ChangeSet::updateCitation(std::int64_t rowId, nlohmann::ordered_json fields)
{
    return append(Change{ChangeOperation::Update, RecordTable::Citations, {}, rowId, std::move(fields), {}});
}

ChangeSet &ChangeSet::remove(RecordTable table, std::string key)
{
    return append(Change{ChangeOperation::Delete, table, std::move(key), 0, {}, {}});
}

ChangeSet &ChangeSet::removeCitation(std::int64_t rowId)
{
    return append(Change{ChangeOperation::Delete, RecordTable::Citations, {}, rowId, {}, {}});
}

ChangeSet &ChangeSet::merge(std::string merged, std::string into)
{
    return append(Change{ChangeOperation::Merge, RecordTable::Entities, std::move(merged), 0, {}, std::move(into)});
}

ChangeSet ChangeSet::inverseOf(const std::vector<AppliedChange> &applied, const std::string &label)
{
    // Undo in reverse order: a deleted entity comes back before the ties that pointed at it.
    // Each step names its row by id, so it reaches the very row the change touched, and an
    // added row returns with the id it had.
    ChangeSet inverse("undo " + label);
    inverse.reserve(applied.size());
    for (auto it = applied.rbegin(); it != applied.rend(); ++it) {
        if (auto step = undoOf(*it))
            inverse.append(std::move(*step));
    }
    return inverse;
}

std::optional<Change> ChangeSet::undoOf(const AppliedChange &applied)
{
    const std::string key = applied.table == RecordTable::Citations ? std::string() : applied.key;
    switch (applied.operation) {
    case ChangeOperation::Add:
        return Change{ChangeOperation::Delete, applied.table, key, applied.rowId, {}, {}};
    case ChangeOperation::Update:
        return Change{ChangeOperation::Update, applied.table, key, applied.rowId, applied.before, {}};
    case ChangeOperation::Delete:
        return Change{ChangeOperation::Add, applied.table, key, applied.rowId, applied.before, {}};
    case ChangeOperation::Merge:
        break; // a merge is logged as its steps too, and those are undone one by one
    }
    return std::nullopt;
}

} // namespace tiescope
