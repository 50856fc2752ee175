// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace tiescope {

struct CheckedDraft;

// The four tables an edit changes, named as in the store.
enum class RecordTable : std::uint8_t { Entities, Ties, Sources, Citations };
enum class ChangeOperation : std::uint8_t { Add, Update, Delete, Merge };

[[nodiscard]] std::string_view toString(RecordTable table);
[[nodiscard]] std::string_view toString(ChangeOperation operation);
[[nodiscard]] std::optional<RecordTable> parseRecordTable(std::string_view text);
[[nodiscard]] std::optional<ChangeOperation> parseChangeOperation(std::string_view text);

// One operation of a ChangeSet. Records are JSON objects in the dataset-file form of
// docs/dataset.md (an entity as in entities.json, ...); a citation on its own also names what
// it backs, {"tie": KEY} or {"entity": KEY}, beside source, locator, reliability, credibility.
struct Change final
{
    ChangeOperation operation = ChangeOperation::Add;
    RecordTable table = RecordTable::Entities;
    // The record: its key for entities, ties and sources; a citation is addressed by rowId.
    std::string key;
    // The store's row id: required to update or delete a citation. For an add, 0 gives the row
    // a new id; an inverse (an undo) gives the id the row had, so the row comes back as it was.
    std::int64_t rowId = 0;
    // Add: the whole record (an entity or tie may carry "citations", added with it).
    // Update: only the fields to set. Delete and merge: unused.
    nlohmann::ordered_json fields;
    // Merge: the entity that survives; `key` is the one merged into it.
    std::string into;
    // Add: the record as RecordCheck passed it, when the change's maker checked it already.
    std::shared_ptr<const CheckedDraft> checked = nullptr;
};

// What applying a Change did to one row, as the audit trail records it: the record before and
// after as JSON (null before an add and after a delete).
struct AppliedChange final
{
    ChangeOperation operation = ChangeOperation::Add;
    RecordTable table = RecordTable::Entities;
    std::string key; // a citation's: "tie:KEY" or "entity:KEY", what it backs
    std::int64_t rowId = 0;
    nlohmann::ordered_json before;
    nlohmann::ordered_json after;
};

} // namespace tiescope
