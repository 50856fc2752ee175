// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "edit/change.h"

namespace tiescope {

// An edit of a store as one unit: operations applied in order, all or none, validated with the
// dataset rules and logged in the audit trail (Store::apply). Applying returns the inverse, a
// ChangeSet that undoes it, so an undo is a change-set too. See docs/editing.md.
class ChangeSet final
{
public:
    ChangeSet() = default;
    explicit ChangeSet(std::string label) : m_label(std::move(label)) {}

    [[nodiscard]] const std::string &label() const { return m_label; }
    void setLabel(std::string label) { m_label = std::move(label); }
    [[nodiscard]] const std::vector<Change> &changes() const { return m_changes; }
    [[nodiscard]] bool empty() const { return m_changes.empty(); }

    // `record` is the whole record in dataset-file form; its "id" is the key.
    ChangeSet &add(RecordTable table, nlohmann::ordered_json record);
    // The same with the draft RecordCheck made of `record` (CheckedDraft): it is not checked again.
    ChangeSet &add(RecordTable table, nlohmann::ordered_json record, std::shared_ptr<const CheckedDraft> checked);
    // A citation of the tie or entity named in the record ({"tie": KEY, "source": ...}).
    ChangeSet &addCitation(nlohmann::ordered_json citation) { return add(RecordTable::Citations, std::move(citation)); }
    // Sets the given fields of the record with this key (for a citation: this row id).
    ChangeSet &update(RecordTable table, std::string key, nlohmann::ordered_json fields);
    ChangeSet &updateCitation(std::int64_t rowId, nlohmann::ordered_json fields);
    // Deleting an entity deletes its ties and every citation of both; a tie, its citations.
    ChangeSet &remove(RecordTable table, std::string key);
    ChangeSet &removeCitation(std::int64_t rowId);
    // `merged` goes into `into`: its ties and citations are re-pointed, its aliases, name and
    // key become aliases of `into` (so what named it still resolves), and it is deleted.
    ChangeSet &merge(std::string merged, std::string into);
    ChangeSet &append(Change change);

    // The change-set that undoes one whose applied effects were `applied`, in that order.
    [[nodiscard]] static ChangeSet inverseOf(const std::vector<AppliedChange> &applied, const std::string &label);
    // The step that undoes one applied effect (none for a merge, which is undone by its steps).
    // An added row's undo holds only its key and row id, so a large import's inverse is small.
    [[nodiscard]] static std::optional<Change> undoOf(const AppliedChange &applied);
    void reserve(std::size_t changes) { m_changes.reserve(changes); }
    // Lets the changes go but keeps their storage, for the next part of a streamed change-set:
    // freeing and reallocating a part's large array each time made malloc consolidate its heap.
    void clearChanges() { m_changes.clear(); }

private:
    std::string m_label;
    std::vector<Change> m_changes;
};

} // namespace tiescope
