// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "io/importresult.h"
#include "io/jsonrecord.h"

namespace tiescope {

class MemberSource;

// Reads a dataset (docs/dataset.md: dataset.json, domains.json, kinds.json, relations.json,
// sources.json, entities.json, ties.json) into a Dataset, each table a member of a
// MemberSource (a folder's files; a zip's entries could be another). It never stops at the
// first problem: every file is read, every record checked (its own structure, then
// DatasetValidator's rules), and every finding reported with its file and record.
class DatasetReader final
{
public:
    static constexpr std::string_view Format = "tiescope-dataset";
    static constexpr int FormatVersion = 1;
    // The tables in reading order; each lives in "<table>.json".
    static constexpr std::array<std::string_view, 6> Tables{"domains", "kinds", "relations", "sources", "entities", "ties"};

    // The dataset holds what could be read; use it only when there is no problem.
    struct Result : ImportResult
    {
    };

    [[nodiscard]] static Result read(const std::filesystem::path &folder);
    // The members are named "<table>.json".
    [[nodiscard]] static Result read(const MemberSource &members);
    // True when the folder looks like a dataset (it has a dataset.json).
    [[nodiscard]] static bool isDatasetFolder(const std::filesystem::path &folder);

private:
    explicit DatasetReader(const MemberSource &members) : m_members(&members) {}

    [[nodiscard]] std::string fileOf(std::string_view table) const;
    // Parses one file; reports a missing file or bad JSON and returns a discarded value then.
    [[nodiscard]] nlohmann::json parseFile(std::string_view table);
    // Calls fn(record) for each element of a table file's top-level array.
    template <typename Fn>
    void forEachRecord(std::string_view table, std::string_view what, Fn &&fn);

    void readHeader();
    // Each returns true when the record went into the dataset.
    bool readDomain(JsonRecord &record);
    bool readKind(JsonRecord &record);
    bool readRelation(JsonRecord &record);
    bool readSource(JsonRecord &record);
    bool readEntity(JsonRecord &record);
    bool readTie(JsonRecord &record);

    // The record's id; names the record after it. nullopt (reported) when missing or not a string.
    [[nodiscard]] std::optional<std::string> readKey(JsonRecord &record, std::string_view what);
    // A reference to another table; nullopt when missing, malformed or unknown (reported).
    template <typename Id, typename Find>
    [[nodiscard]] std::optional<Id> readReference(JsonRecord &record, std::string_view field, std::string_view table,
                                                  std::string_view what, Find &&find);
    // Citations; false when one could not be read (reported).
    bool readCitations(JsonRecord &record, std::string_view table, const nlohmann::json *list,
                       std::vector<Citation> &citations);
    // Adds a row unless its id is taken (reported).
    template <typename AddFn>
    bool add(JsonRecord &record, AddFn &&addFn);
    static void noteAll(JsonRecord &record, const std::vector<std::string> &messages);

    const MemberSource *m_members;
    Result m_result;
    std::vector<std::string_view> m_unreadable; // tables whose file could not be read at all
    // Ids of records rejected for their own problems, by table: references to them are not
    // reported again.
    std::map<std::string_view, std::set<std::string>> m_rejected;
};

} // namespace tiescope
