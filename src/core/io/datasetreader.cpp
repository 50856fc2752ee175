// SPDX-License-Identifier: MIT
#include "io/datasetreader.h"

#include <algorithm>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "io/boundedjson.h"
#include "io/datasetvalidator.h"
#include "io/foldermembersource.h"
#include "io/jsonrecord.h"
#include "io/jsontext.h"
#include "io/sourcefields.h"
#include "model/inputlimits.h"

namespace tiescope {

using nlohmann::json;

namespace fs = std::filesystem;

bool DatasetReader::isDatasetFolder(const fs::path &folder)
{
    std::error_code error;
    return fs::is_directory(folder, error) && fs::exists(folder / "dataset.json", error);
}

DatasetReader::Result DatasetReader::read(const fs::path &folder)
{
    Result result;
    std::error_code error;
    if (!fs::exists(folder, error)) {
        result.problems.push_back(Problem{folder.string(), {}, "no such directory"});
        return result;
    }
    if (!fs::is_directory(folder, error)) {
        result.problems.push_back(
            Problem{folder.string(), {}, "is not a directory (a dataset is a folder of JSON files)"});
        return result;
    }
    return read(FolderMemberSource(folder));
}

DatasetReader::Result DatasetReader::read(const MemberSource &members)
{
    DatasetReader reader(members);
    reader.readHeader();
    reader.forEachRecord("domains", "domain", [&reader](JsonRecord &r) { return reader.readDomain(r); });
    reader.forEachRecord("kinds", "kind", [&reader](JsonRecord &r) { return reader.readKind(r); });
    reader.forEachRecord("relations", "relation", [&reader](JsonRecord &r) { return reader.readRelation(r); });
    reader.forEachRecord("sources", "source", [&reader](JsonRecord &r) { return reader.readSource(r); });
    reader.forEachRecord("entities", "entity", [&reader](JsonRecord &r) { return reader.readEntity(r); });
    reader.forEachRecord("ties", "tie", [&reader](JsonRecord &r) { return reader.readTie(r); });
    return std::move(reader.m_result);
}

std::string DatasetReader::fileOf(std::string_view table) const
{
    return m_members->nameOf(std::string(table) + ".json");
}

json DatasetReader::parseFile(std::string_view table)
{
    const std::string file = fileOf(table);
    const auto fail = [&](const std::string &message) {
        m_result.problems.push_back(Problem{file, {}, message});
        m_unreadable.push_back(table);
        return json(json::value_t::discarded);
    };
    std::string problem;
    const std::unique_ptr<std::istream> in = m_members->open(std::string(table) + ".json", problem);
    if (!in)
        return fail(problem);
    const std::optional<std::string> content = InputLimits::readAtMost(*in, InputLimits::MaxJsonBytes);
    if (!content)
        return fail(InputLimits::tooLarge(InputLimits::MaxJsonBytes));
    if (in->bad())
        return fail("cannot be read");
    try {
        return BoundedJson::parse<json>(*content);
    } catch (const json::exception &parseError) {
        return fail("invalid JSON: " + JsonText::parseError(parseError));
    }
}

template <typename Fn>
void DatasetReader::forEachRecord(std::string_view table, std::string_view what, Fn &&fn)
{
    const json root = parseFile(table);
    if (root.is_discarded())
        return;
    if (!root.is_array()) {
        m_result.problems.push_back(
            Problem{fileOf(table), {}, "must hold a JSON array of records, found " + JsonText::typeName(root)});
        m_unreadable.push_back(table);
        return;
    }
    for (std::size_t i = 0; i < root.size(); ++i) {
        JsonRecord record(root[i], fileOf(table), DatasetValidator::recordName(what, i + 1), m_result.problems);
        if (record.isObject())
            fn(record);
    }
}

void DatasetReader::readHeader()
{
    const json root = parseFile("dataset");
    if (root.is_discarded())
        return;
    JsonRecord record(root, fileOf("dataset"), {}, m_result.problems);
    if (!record.isObject())
        return;
    record.allowOnly({"format", "format_version", "title", "version", "description", "language"});
    if (const auto format = record.reference("format"); format && *format != Format)
        record.problem("format is " + JsonText::quoted(*format) + ", expected \"" + std::string(Format) + "\"");
    if (const auto version = record.integer("format_version"); version && *version != FormatVersion)
        record.problem("format_version " + std::to_string(*version) + " is not supported (this TieScope reads " +
                       std::to_string(FormatVersion) + ")");
    DatasetInfo &info = m_result.dataset.info();
    info.title = record.text("title");
    info.version = record.text("version");
    info.description = record.optionalText("description");
    info.language = record.optionalText("language");
    if (record.ok() && info.title.empty())
        record.problem("title is empty");
}

std::optional<std::string> DatasetReader::readKey(JsonRecord &record, std::string_view what)
{
    auto key = record.reference("id");
    if (key)
        record.rename(DatasetValidator::recordName(what, *key));
    return key;
}

template <typename Id, typename Find>
std::optional<Id> DatasetReader::readReference(JsonRecord &record, std::string_view field, std::string_view table,
                                               std::string_view what, Find &&find)
{
    const auto key = record.reference(field);
    if (!key)
        return std::nullopt;
    if (const std::optional<Id> id = find(*key))
        return id;
    // When the whole table failed to load, or the record itself was rejected, that problem
    // explains this one; reporting it again would bury the cause under its consequences.
    const auto rejected = m_rejected.find(table);
    if (rejected != m_rejected.end() && rejected->second.count(*key))
        return std::nullopt;
    if (std::find(m_unreadable.begin(), m_unreadable.end(), table) == m_unreadable.end())
        record.problem(DatasetValidator::unknownReference(field, what, *key, std::string(table) + ".json"));
    return std::nullopt;
}

template <typename AddFn>
bool DatasetReader::add(JsonRecord &record, AddFn &&addFn)
{
    try {
        addFn();
        return true;
    } catch (const std::invalid_argument &) {
        record.problem(DatasetValidator::duplicateKey("an earlier record"));
        return false;
    }
}

void DatasetReader::noteAll(JsonRecord &record, const std::vector<std::string> &messages)
{
    // The data rules run on a record whose structure is right; on a broken one they would only
    // echo its placeholders ("name is empty" after "name must be a string").
    if (!record.ok())
        return;
    for (const std::string &message : messages)
        record.note(message);
}

bool DatasetReader::readDomain(JsonRecord &record)
{
    const auto key = readKey(record, "domain");
    record.allowOnly({"id", "label", "colour"});
    Domain domain{key.value_or(""), record.text("label"), record.text("colour")};
    noteAll(record, DatasetValidator::check(domain));
    return key && add(record, [&] { m_result.dataset.addDomain(std::move(domain)); });
}

bool DatasetReader::readKind(JsonRecord &record)
{
    const auto key = readKey(record, "kind");
    record.allowOnly({"id", "label"});
    EntityKind kind{key.value_or(""), record.text("label")};
    noteAll(record, DatasetValidator::check(kind));
    return key && add(record, [&] { m_result.dataset.addKind(std::move(kind)); });
}

bool DatasetReader::readRelation(JsonRecord &record)
{
    const auto key = readKey(record, "relation");
    record.allowOnly({"id", "label", "directed", "dependent", "default_strength", "description"});
    RelationType relation;
    relation.key = key.value_or("");
    relation.label = record.text("label");
    relation.directed = record.boolean("directed");
    if (const auto dependent = record.reference("dependent")) {
        if (const auto parsed = parseDependence(*dependent))
            relation.dependent = *parsed;
        else
            record.problem("field \"dependent\": " + JsonText::quoted(*dependent) +
                           " is not one of \"from\", \"to\", \"mutual\", \"none\"");
    }
    relation.defaultStrength = record.number("default_strength");
    relation.description = record.optionalText("description");
    noteAll(record, DatasetValidator::check(relation));
    return key && add(record, [&] { m_result.dataset.addRelation(std::move(relation)); });
}

bool DatasetReader::readSource(JsonRecord &record)
{
    const auto key = readKey(record, "source");
    Source source = SourceFields::read(record);
    source.key = key.value_or("");
    noteAll(record, DatasetValidator::check(source));
    return key && add(record, [&] { m_result.dataset.addSource(std::move(source)); });
}

bool DatasetReader::readCitations(JsonRecord &record, std::string_view table, const json *list,
                                  std::vector<Citation> &citations)
{
    if (!list)
        return true;
    bool allRead = true;
    for (std::size_t i = 0; i < list->size(); ++i) {
        JsonRecord item((*list)[i], fileOf(table), record.name() + " citation " + std::to_string(i + 1), m_result.problems);
        // Placeholder keeps the count right so "has no citation" only fires for an empty list.
        Citation &citation = citations.emplace_back();
        if (!item.isObject()) {
            allRead = false;
            continue;
        }
        item.allowOnly({"source", "locator", "reliability", "credibility", "quote"});
        const auto source = readReference<SourceId>(item, "source", "sources", "source",
                                                    [this](const std::string &k) { return m_result.dataset.findSource(k); });
        citation.locator = item.optionalText("locator");
        citation.quote = item.optionalText("quote"); // absent in older files: no quote; its length: DatasetValidator
        const auto reliability = item.reference("reliability");
        const auto credibility = item.integer("credibility");
        for (const std::string &message : DatasetValidator::checkGrade(reliability, credibility))
            item.problem(message);
        if (!item.ok()) {
            allRead = false;
            continue;
        }
        citation.source = *source;
        citation.grade = *Grade::make((*reliability)[0], static_cast<int>(*credibility));
    }
    return allRead;
}

bool DatasetReader::readEntity(JsonRecord &record)
{
    const auto key = readKey(record, "entity");
    record.allowOnly({"id", "name", "kind", "country", "aliases", "description", "citations"});
    Entity entity;
    entity.key = key.value_or("");
    entity.name = record.text("name");
    const auto kind = readReference<KindId>(record, "kind", "kinds", "kind",
                                            [this](const std::string &k) { return m_result.dataset.findKind(k); });
    entity.country = record.optionalText("country");
    entity.aliases = record.textList("aliases");
    entity.description = record.optionalText("description");
    const bool cited = readCitations(record, "entities", record.optionalArray("citations"), entity.citations);
    noteAll(record, DatasetValidator::check(entity));
    if (!key || !kind || !cited) {
        if (key)
            m_rejected["entities"].insert(*key);
        return false;
    }
    entity.kind = *kind;
    return add(record, [&] { m_result.dataset.addEntity(std::move(entity)); });
}

bool DatasetReader::readTie(JsonRecord &record)
{
    const auto key = readKey(record, "tie");
    record.allowOnly({"id", "from", "to", "domain", "relation", "start", "end", "status", "strength", "note",
                      "citations"});
    const Dataset &data = m_result.dataset;
    const auto entity = [&data](const std::string &k) { return data.findEntity(k); };
    const auto from = readReference<EntityId>(record, "from", "entities", "entity", entity);
    const auto to = readReference<EntityId>(record, "to", "entities", "entity", entity);
    const auto domain = readReference<DomainId>(record, "domain", "domains", "domain",
                                                [&data](const std::string &k) { return data.findDomain(k); });
    const auto relation = readReference<RelationId>(record, "relation", "relations", "relation",
                                                    [&data](const std::string &k) { return data.findRelation(k); });
    Tie tie;
    tie.key = key.value_or("");
    tie.start = record.optionalEdtf("start");
    tie.end = record.optionalEdtf("end");
    if (const auto status = record.reference("status")) {
        if (const auto parsed = parseTieStatus(*status))
            tie.status = *parsed;
        else
            record.problem(DatasetValidator::unknownStatus(*status));
    }
    tie.strength = record.optionalNumber("strength");
    tie.note = record.optionalText("note");
    const bool cited = readCitations(record, "ties", record.optionalArray("citations"), tie.citations);
    noteAll(record, DatasetValidator::check(tie));
    if (!key || !from || !to || !domain || !relation || !cited)
        return false;
    tie.from = *from;
    tie.to = *to;
    tie.domain = *domain;
    tie.relation = *relation;
    return add(record, [&] { m_result.dataset.addTie(std::move(tie)); });
}

} // namespace tiescope
