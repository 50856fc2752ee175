// SPDX-License-Identifier: MIT
#include "store/datasetexport.h"

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <initializer_list>
#include <system_error>

#include <nlohmann/json.hpp>

#include "io/datasetreader.h"
#include "io/temporaryname.h"
#include "model/inputerror.h"
#include "store/sqlitedb.h"
#include "store/storerecords.h"

namespace tiescope {

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace {

std::string metadata(const SqliteDb &db, const char *key)
{
    Statement row = db.prepare("SELECT value FROM metadata WHERE key = ?");
    row.bind(1, std::string_view(key));
    return row.step() ? row.text(0) : std::string();
}

ordered_json textOrNull(const std::string &text)
{
    return text.empty() ? ordered_json(nullptr) : ordered_json(text);
}

ordered_json header(const SqliteDb &db)
{
    ordered_json record = ordered_json::object();
    record["format"] = DatasetReader::Format;
    record["format_version"] = DatasetReader::FormatVersion;
    record["title"] = metadata(db, "title");
    record["version"] = metadata(db, "version");
    record["description"] = textOrNull(metadata(db, "description"));
    record["language"] = textOrNull(metadata(db, "language"));
    return record;
}

ordered_json smallTable(const SqliteDb &db, const std::string &table)
{
    ordered_json list = ordered_json::array();
    if (table == "domains") {
        Statement rows = db.prepare("SELECT key, label, colour FROM domains ORDER BY id");
        while (rows.step())
            list.push_back(ordered_json{{"id", rows.text(0)}, {"label", rows.text(1)}, {"colour", rows.text(2)}});
    } else if (table == "kinds") {
        Statement rows = db.prepare("SELECT key, label FROM entity_kinds ORDER BY id");
        while (rows.step())
            list.push_back(ordered_json{{"id", rows.text(0)}, {"label", rows.text(1)}});
    } else {
        Statement rows = db.prepare("SELECT key, label, directed, dependent, default_strength, description "
                                    "FROM relation_types ORDER BY id");
        while (rows.step())
            list.push_back(ordered_json{{"id", rows.text(0)},
                                        {"label", rows.text(1)},
                                        {"directed", rows.integer(2) != 0},
                                        {"dependent", rows.text(3)},
                                        {"default_strength", rows.real(4)},
                                        {"description", textOrNull(rows.text(5))}});
    }
    return list;
}

// Fields added after a dataset format was in use are written only when they hold something,
// so a dataset without them comes back byte for byte (StoreRecords always carries them, as
// the audit trail and an undo need the emptied value too).
ordered_json withoutEmpty(ordered_json record, std::initializer_list<const char *> fields)
{
    for (const char *field : fields) {
        const auto at = record.find(field);
        if (at != record.end() && (at->is_null() || (at->is_string() && at->get_ref<const std::string &>().empty())))
            record.erase(at);
    }
    return record;
}

ordered_json withoutEmptyQuotes(ordered_json record)
{
    for (ordered_json &citation : record["citations"])
        citation = withoutEmpty(std::move(citation), {"quote"});
    return record;
}

template <typename RecordOf>
ordered_json bigTable(const SqliteDb &db, const std::string &table, RecordOf &&recordOf)
{
    ordered_json list = ordered_json::array();
    Statement rows = db.prepare("SELECT id FROM " + table + " ORDER BY id");
    while (rows.step())
        list.push_back(recordOf(rows.integer(0)));
    return list;
}

// A failure names the folder asked for, not the temporary one the file was going to.
void writeJson(const fs::path &target, const fs::path &file, const ordered_json &value)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << value.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
    out.close();
    if (!out)
        throw InputError(target.string(), file.filename().string() + " cannot be written");
}

} // namespace

void DatasetExport::write(const SqliteDb &db, const fs::path &target)
{
    const fs::path folder = fs::absolute(target).lexically_normal();
    std::error_code error;
    if (!fs::is_directory(folder.parent_path(), error))
        throw InputError(target.string(), "the folder it would go in does not exist");
    const bool replacing = fs::exists(folder, error);
    if (replacing && !(fs::is_directory(folder, error) &&
                       (fs::is_empty(folder, error) || DatasetReader::isDatasetFolder(folder))))
        throw InputError(target.string(), "exists and is not a dataset folder; it is left alone");

    TemporaryName::removeStale(folder);
    const fs::path temporary = TemporaryName::beside(folder);
    fs::create_directory(temporary, error);
    if (error)
        throw InputError(target.string(), "cannot create a folder beside it: " + error.message());
    try {
        StoreRecords records(db);
        writeJson(target, temporary / "dataset.json", header(db));
        for (const char *table : {"domains", "kinds", "relations"})
            writeJson(target, temporary / (std::string(table) + ".json"), smallTable(db, table));
        writeJson(target, temporary / "sources.json", bigTable(db, "sources", [&records](std::int64_t id) {
                      return withoutEmpty(records.source(id), {"retrieved", "archive_url"});
                  }));
        writeJson(target, temporary / "entities.json", bigTable(db, "entities", [&records](std::int64_t id) {
                      return withoutEmptyQuotes(records.entity(id, true));
                  }));
        writeJson(target, temporary / "ties.json", bigTable(db, "ties", [&records](std::int64_t id) {
                      return withoutEmptyQuotes(records.tie(id, true));
                  }));
        // The new folder takes the target's place in one step: renameat2 swaps it with an
        // existing one, so no moment shows a half-written or a missing folder.
        const unsigned flags = replacing ? RENAME_EXCHANGE : RENAME_NOREPLACE;
        if (::renameat2(AT_FDCWD, temporary.c_str(), AT_FDCWD, folder.c_str(), flags) != 0)
            throw InputError(target.string(), std::string("cannot be put in place: ") + std::strerror(errno));
    } catch (...) {
        fs::remove_all(temporary, error);
        throw;
    }
    fs::remove_all(temporary, error); // after a swap, the old folder
}

} // namespace tiescope
