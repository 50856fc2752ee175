// SPDX-License-Identifier: MIT
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edit/applyresult.h"
#include "edit/auditentry.h"
#include "model/dataset.h"
#include "store/loadcontrol.h"
#include "store/storedposition.h"

namespace tiescope {

class ChangeObserver;
class ChangeStream;
class SqliteDb;

// A TieScope SQLite file. Opening checks that it is one (application_id), of a schema
// version this build knows, and sets defensive mode, trusted_schema=OFF and foreign keys.
// Older schema versions are read as they are, and upgraded (one migration per step) when
// opened for writing. Every problem throws InputError naming the file.
class Store final
{
public:
    enum class Mode {
        ReadOnly,  // an existing store, never written
        ReadWrite, // an existing store the user edits: upgraded if old, WAL journal
        Create,    // a new file (it must not exist yet), rollback journal so it can be renamed
    };

    static constexpr int SchemaVersion = 5;
    static constexpr int ApplicationId = 0x54695363; // "TiSc"

    [[nodiscard]] static Store open(const std::string &path, Mode mode);
    ~Store();
    Store(Store &&) noexcept;
    Store &operator=(Store &&) noexcept;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    [[nodiscard]] const std::string &path() const;
    [[nodiscard]] int schemaVersion() const { return m_version; }

    // Reads the whole store into memory, reporting progress and polling for cancellation
    // through `control` (throws LoadCancelled when cancelled).
    [[nodiscard]] Dataset load(const LoadControl &control = {}) const;
    // Replaces the store's content with the dataset in one transaction.
    void write(const Dataset &dataset);
    // SQLite's integrity_check and foreign_key_check findings, one line each; empty when clean.
    [[nodiscard]] std::vector<std::string> integrityProblems() const;

    // Validates and applies a change-set in one transaction with its audit rows (ChangeApplier):
    // either every step is written or, with problems in the result, none. Then tells every
    // observer. Throws InputError when the store is read-only or a statement fails (nothing is
    // written then either). See docs/editing.md.
    [[nodiscard]] ApplyResult apply(const ChangeSet &changeSet, const std::string &author);
    // The same for a change-set made and applied in parts (a large import), still one
    // transaction, one audit entry and one undo step. The result's `changes` (every row's before
    // and after) are kept only when an observer is there to be told of them, and its `inverse`
    // only with keepInverse (an undo stack's): the audit trail has both (LoggedUndo makes the
    // undo from it), and for a million rows they would not fit in memory. When the stream says
    // not to commit, or gave no change, nothing is written and the result has change-set id 0.
    [[nodiscard]] ApplyResult apply(ChangeStream &stream, const std::string &label, const std::string &author,
                                    bool keepInverse = false);
    // Observers are not owned; remove one before it is destroyed.
    void addObserver(ChangeObserver *observer);
    void removeObserver(ChangeObserver *observer);
    // The audit trail, oldest first; with a limit, only the newest `limit` rows.
    [[nodiscard]] std::vector<AuditEntry> history(std::size_t limit = 0) const;
    // Writes the store as a dataset folder (DatasetExport), complete or not at all.
    void exportDataset(const std::filesystem::path &folder) const;
    // Writes a copy of the store to `target` (SQLite's VACUUM INTO a temporary file beside it,
    // then one rename): `target` is replaced whole or left as it was. Works on a read-only store.
    void saveCopy(const std::filesystem::path &target) const;
    // A new store at `target` holding `dataset`, written under a temporary name and renamed into
    // place (over an older file there) only when complete: what build-db and File → New Store
    // do. Throws InputError naming `target`.
    static void create(const std::filesystem::path &target, const Dataset &dataset);
    // The same with `changeSet` applied as the first change-set: the new file appears with it
    // or not at all (an import that makes its store). Nothing is written when it fails.
    [[nodiscard]] static ApplyResult create(const std::filesystem::path &target, const Dataset &dataset,
                                            const ChangeSet &changeSet, const std::string &author);
    // The same with a change-set given in parts; no file appears when nothing is committed.
    [[nodiscard]] static ApplyResult create(const std::filesystem::path &target, const Dataset &dataset,
                                            ChangeStream &stream, const std::string &label,
                                            const std::string &author, bool keepInverse = false);

    // SQLite's PRAGMA data_version on this connection: it changes when another connection (this
    // or another process) committed to the file since the last call, never for this one's own
    // commits. The window polls it to notice edits made elsewhere.
    [[nodiscard]] long long dataVersion() const;
    // The file this connection opened is no longer at its path: deleted, moved, or replaced by
    // another file renamed over it (SQLITE_FCNTL_HAS_MOVED). Its data_version then never changes.
    [[nodiscard]] bool hasMoved() const;

    // The last positions of each layout (schema 4; LayoutPositions): upserted in one transaction,
    // outside the audit trail. Throws InputError as apply() does when the store cannot be written.
    void savePositions(const std::string &layout, const std::vector<StoredPosition> &positions);
    // Empty for a layout never saved, and in stores older than schema 4.
    [[nodiscard]] std::vector<StoredPosition> positions(const std::string &layout) const;
    // The layout whose positions were saved last.
    [[nodiscard]] std::optional<std::string> lastLayout() const;

private:
    Store(std::unique_ptr<SqliteDb> db, int version, Mode mode);
    // Refuses to write a store opened read-only or not upgraded, a file made read-only since it
    // was opened, and a file deleted or replaced under the connection (the write would be lost).
    void checkWritable(const char *doing) const;

    std::unique_ptr<SqliteDb> m_db;
    int m_version;
    Mode m_mode;
    std::vector<ChangeObserver *> m_observers;
};

} // namespace tiescope
