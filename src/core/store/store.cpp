// SPDX-License-Identifier: MIT
#include "store/store.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <sqlite3.h>

#include "edit/changeobserver.h"
#include "io/atomicfile.h"
#include "model/inputerror.h"
#include "store/audittrail.h"
#include "store/changeapplier.h"
#include "store/datasetexport.h"
#include "store/layoutpositions.h"
#include "store/migrations.h"
#include "store/schemasql.h"
#include "store/sqlitedb.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "store/transaction.h"

namespace tiescope {

namespace {

void checkPath(const std::string &path, Store::Mode mode)
{
    std::error_code error;
    const auto status = std::filesystem::status(path, error);
    if (mode == Store::Mode::Create) {
        if (std::filesystem::exists(status))
            throw InputError(path, "already exists; a new store needs a new file");
        return;
    }
    if (!std::filesystem::exists(status))
        throw InputError(path, "no such file");
    if (std::filesystem::is_directory(status))
        throw InputError(path, "is a directory, not a database file");
    if (!std::filesystem::is_regular_file(status))
        throw InputError(path, "is not a regular file");
}

int openFlags(Store::Mode mode)
{
    switch (mode) {
    case Store::Mode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Store::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Store::Mode::Create:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    }
    return SQLITE_OPEN_READONLY;
}

void createSchema(SqliteDb &db)
{
    db.exec("PRAGMA journal_mode = DELETE");
    Transaction transaction(db);
    db.exec(SchemaSql);
    db.exec("PRAGMA application_id = " + std::to_string(Store::ApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(Store::SchemaVersion));
    transaction.commit();
}

int checkExisting(SqliteDb &db, Store::Mode mode)
{
    const long long applicationId = db.queryInt("PRAGMA application_id");
    if (applicationId != Store::ApplicationId) {
        const bool empty = db.queryInt("SELECT count(*) FROM sqlite_schema") == 0;
        throw InputError(db.path(), empty ? "an empty SQLite database, not a TieScope store"
                                          : "a SQLite database, but not a TieScope store (wrong application_id)");
    }
    const auto version = static_cast<int>(db.queryInt("PRAGMA user_version"));
    if (version > Store::SchemaVersion)
        throw InputError(db.path(), "schema version " + std::to_string(version) +
                                        " is newer than this TieScope understands (" +
                                        std::to_string(Store::SchemaVersion) + "); update TieScope");
    if (version < 1)
        throw InputError(db.path(), "unknown schema version " + std::to_string(version));
    if (mode == Store::Mode::ReadWrite) {
        db.exec("PRAGMA journal_mode = WAL");
        if (version < Store::SchemaVersion) {
            Migrations::upgrade(db, version, Store::SchemaVersion);
            return Store::SchemaVersion;
        }
    }
    return version;
}

// A store renamed over `target` must not meet the old file's WAL: SQLite would read the old
// file's committed frames into the new file and damage it. So the old file's journal is folded
// into it first (the old file stays whole until the rename); a WAL that cannot be folded in
// (another program keeps writing it) stops the write.
void foldJournalOf(const std::filesystem::path &target)
{
    std::filesystem::path wal = target;
    wal += "-wal";
    std::error_code error;
    if (!std::filesystem::exists(wal, error))
        return;
    try {
        SqliteDb old(target.string(), SQLITE_OPEN_READWRITE);
        old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const InputError &) {
        // not a store, or damaged: its journal is nobody's once the file is replaced
    }
    if (std::filesystem::exists(wal, error) && std::filesystem::file_size(wal, error) > 0 && !error)
        throw InputError(target.string(), "its journal (-wal) is in use by another program; nothing was written");
    std::filesystem::path shm = target;
    shm += "-shm";
    std::filesystem::remove(wal, error);
    std::filesystem::remove(shm, error);
}

} // namespace

Store Store::open(const std::string &path, Mode mode)
{
    checkPath(path, mode);
    auto db = std::make_unique<SqliteDb>(path, openFlags(mode));
    db->exec("PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF");
    int version = SchemaVersion;
    if (mode == Mode::Create)
        createSchema(*db);
    else
        version = checkExisting(*db, mode);
    return Store(std::move(db), version, mode);
}

Store::Store(std::unique_ptr<SqliteDb> db, int version, Mode mode)
    : m_db(std::move(db)), m_version(version), m_mode(mode)
{
}
Store::~Store() = default;
Store::Store(Store &&) noexcept = default;
Store &Store::operator=(Store &&) noexcept = default;

const std::string &Store::path() const
{
    return m_db->path();
}

Dataset Store::load(const LoadControl &control) const
{
    return StoreReader::read(*m_db, m_version, control);
}

void Store::write(const Dataset &dataset)
{
    if (m_version != SchemaVersion)
        throw InputError(path(), "open the store for writing to upgrade it before writing");
    StoreWriter::write(*m_db, dataset);
}

std::vector<std::string> Store::integrityProblems() const
{
    std::vector<std::string> problems;
    Statement integrity = m_db->prepare("PRAGMA integrity_check");
    while (integrity.step()) {
        const std::string line = integrity.text(0);
        if (line != "ok")
            problems.push_back("integrity_check: " + line);
    }
    Statement foreignKeys = m_db->prepare("PRAGMA foreign_key_check");
    while (foreignKeys.step()) {
        problems.push_back("foreign_key_check: table " + foreignKeys.text(0) + " row " +
                           std::to_string(foreignKeys.integer(1)) + " refers to a missing row of " +
                           foreignKeys.text(2));
    }
    return problems;
}

void Store::checkWritable(const char *doing) const
{
    if (m_mode == Mode::ReadOnly)
        throw InputError(path(), std::string("opened read-only; open it for writing before ") + doing);
    if (m_version != SchemaVersion)
        throw InputError(path(), std::string("open the store for writing to upgrade it before ") + doing);
    if (m_db->hasMoved())
        throw InputError(path(), "was deleted, moved or replaced since it was opened; nothing was written");
    // The connection could still write through its open file after a chmod, so ask the file.
    using std::filesystem::perms;
    std::error_code error;
    const perms permissions = std::filesystem::status(path(), error).permissions();
    if (!error && (permissions & (perms::owner_write | perms::group_write | perms::others_write)) == perms::none)
        throw InputError(path(), "has been made read-only; nothing was written");
}

ApplyResult Store::apply(const ChangeSet &changeSet, const std::string &author)
{
    checkWritable("editing");
    ApplyResult result = ChangeApplier(*m_db).apply(changeSet, author);
    if (result.ok()) {
        for (ChangeObserver *observer : m_observers)
            observer->changesCommitted(result);
    }
    return result;
}

ApplyResult Store::apply(ChangeStream &stream, const std::string &label, const std::string &author, bool keepInverse)
{
    checkWritable("editing");
    ApplyResult result = ChangeApplier(*m_db).apply(stream, label, author, !m_observers.empty(), keepInverse);
    if (result.ok() && result.changeSetId != 0) {
        for (ChangeObserver *observer : m_observers)
            observer->changesCommitted(result);
    }
    return result;
}

void Store::addObserver(ChangeObserver *observer)
{
    if (observer && std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void Store::removeObserver(ChangeObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer), m_observers.end());
}

std::vector<AuditEntry> Store::history(std::size_t limit) const
{
    if (m_version < 3)
        return {}; // older stores had no audit trail
    return AuditTrail::read(*m_db, limit);
}

void Store::exportDataset(const std::filesystem::path &folder) const
{
    DatasetExport::write(*m_db, folder);
}

void Store::saveCopy(const std::filesystem::path &target) const
{
    AtomicFile file(target);
    try {
        Statement vacuum = m_db->prepare("VACUUM INTO ?");
        vacuum.bind(1, std::string_view(file.temporaryPath().string()));
        vacuum.step();
    } catch (const InputError &error) {
        throw InputError(target.string(), error.problem());
    }
    foldJournalOf(target);
    file.commit();
}

void Store::create(const std::filesystem::path &target, const Dataset &dataset)
{
    AtomicFile file(target);
    try {
        Store store = open(file.temporaryPath().string(), Mode::Create);
        store.write(dataset);
    } catch (const InputError &error) {
        // The temporary name means nothing to the user; the file they asked for does.
        throw InputError(target.string(), error.problem());
    } // the store is closed before the rename, so no handle points at the temporary name
    foldJournalOf(target);
    file.commit();
}

ApplyResult Store::create(const std::filesystem::path &target, const Dataset &dataset, const ChangeSet &changeSet,
                          const std::string &author)
{
    AtomicFile file(target);
    ApplyResult result;
    try {
        create(file.temporaryPath(), dataset);
        result = open(file.temporaryPath().string(), Mode::ReadWrite).apply(changeSet, author);
    } catch (const InputError &error) {
        throw InputError(target.string(), error.problem());
    }
    if (result.ok()) {
        foldJournalOf(target);
        file.commit();
    }
    return result;
}

ApplyResult Store::create(const std::filesystem::path &target, const Dataset &dataset, ChangeStream &stream,
                          const std::string &label, const std::string &author, bool keepInverse)
{
    AtomicFile file(target);
    ApplyResult result;
    try {
        create(file.temporaryPath(), dataset);
        result = open(file.temporaryPath().string(), Mode::ReadWrite).apply(stream, label, author, keepInverse);
    } catch (const InputError &error) {
        throw InputError(target.string(), error.problem());
    }
    if (result.ok() && result.changeSetId != 0) {
        foldJournalOf(target);
        file.commit();
    }
    return result;
}

long long Store::dataVersion() const
{
    return m_db->queryInt("PRAGMA data_version");
}

bool Store::hasMoved() const
{
    return m_db->hasMoved();
}

void Store::savePositions(const std::string &layout, const std::vector<StoredPosition> &positions)
{
    checkWritable("saving positions");
    LayoutPositions::write(*m_db, layout, positions);
}

std::vector<StoredPosition> Store::positions(const std::string &layout) const
{
    if (m_version < 4)
        return {};
    return LayoutPositions::read(*m_db, layout);
}

std::optional<std::string> Store::lastLayout() const
{
    if (m_version < 4)
        return std::nullopt;
    return LayoutPositions::last(*m_db);
}

} // namespace tiescope
