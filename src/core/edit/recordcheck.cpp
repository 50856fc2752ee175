// SPDX-License-Identifier: MIT
#include "edit/recordcheck.h"

#include "io/datasetvalidator.h"
#include "io/jsonrecord.h"
#include "io/sourcefields.h"

namespace tiescope {

using nlohmann::ordered_json;

namespace {

std::string keyOf(const ordered_json &record)
{
    const auto id = record.find("id");
    return id != record.end() && id->is_string() ? id->get<std::string>() : std::string();
}

// The dataset rules run on a record whose structure is right, as in the dataset reader.
void noteAll(OrderedJsonRecord &record, const std::vector<std::string> &messages)
{
    if (!record.ok())
        return;
    for (const std::string &message : messages)
        record.note(message);
}

// From the record as given: converting the checked copy back would copy every citation twice.
ordered_json citationsOf(const ordered_json &record)
{
    const auto list = record.find("citations");
    return list != record.end() && list->is_array() ? *list : ordered_json::array();
}

bool hasProblems(std::size_t before, const std::vector<Problem> &problems)
{
    return problems.size() > before;
}

} // namespace

void RecordCheck::problem(const std::string &record, const std::string &message)
{
    m_problems.push_back(Problem{m_file, record, message});
}

std::optional<RecordCheck::EntityDraft> RecordCheck::entity(const ordered_json &input)
{
    const std::size_t before = m_problems.size();
    OrderedJsonRecord record(input, m_file, DatasetValidator::recordName("entity", keyOf(input)), m_problems);
    if (!record.isObject())
        return std::nullopt;
    record.allowOnly({"id", "name", "kind", "country", "aliases", "description", "citations"});
    EntityDraft draft;
    draft.entity.key = record.reference("id").value_or("");
    draft.entity.name = record.text("name");
    draft.kind = record.reference("kind").value_or("");
    draft.entity.country = record.optionalText("country");
    draft.entity.aliases = record.textList("aliases");
    draft.entity.description = record.optionalText("description");
    (void)record.optionalArray("citations");
    draft.citations = citationsOf(input);
    noteAll(record, DatasetValidator::check(draft.entity));
    if (hasProblems(before, m_problems))
        return std::nullopt;
    return draft;
}

std::optional<RecordCheck::TieDraft> RecordCheck::tie(const ordered_json &input)
{
    const std::size_t before = m_problems.size();
    OrderedJsonRecord record(input, m_file, DatasetValidator::recordName("tie", keyOf(input)), m_problems);
    if (!record.isObject())
        return std::nullopt;
    record.allowOnly({"id", "from", "to", "domain", "relation", "start", "end", "status", "strength", "note",
                      "citations"});
    TieDraft draft;
    draft.tie.key = record.reference("id").value_or("");
    draft.from = record.reference("from").value_or("");
    draft.to = record.reference("to").value_or("");
    draft.domain = record.reference("domain").value_or("");
    draft.relation = record.reference("relation").value_or("");
    draft.tie.start = record.optionalEdtf("start");
    draft.tie.end = record.optionalEdtf("end");
    if (const auto status = record.reference("status")) {
        if (const auto parsed = parseTieStatus(*status))
            draft.tie.status = *parsed;
        else
            record.problem(DatasetValidator::unknownStatus(*status));
    }
    draft.tie.strength = record.optionalNumber("strength");
    draft.tie.note = record.optionalText("note");
    (void)record.optionalArray("citations");
    draft.citations = citationsOf(input);
    // Whether the tie is cited is decided once the whole change-set is applied (a citation may
    // come in a later step), so the rule on citations runs there, not on this record alone.
    draft.tie.citations.emplace_back();
    noteAll(record, DatasetValidator::check(draft.tie));
    draft.tie.citations.clear();
    if (hasProblems(before, m_problems))
        return std::nullopt;
    return draft;
}

std::optional<Source> RecordCheck::source(const ordered_json &input)
{
    const std::size_t before = m_problems.size();
    OrderedJsonRecord record(input, m_file, DatasetValidator::recordName("source", keyOf(input)), m_problems);
    if (!record.isObject())
        return std::nullopt;
    Source source = SourceFields::read(record);
    source.key = record.reference("id").value_or("");
    noteAll(record, DatasetValidator::check(source));
    if (hasProblems(before, m_problems))
        return std::nullopt;
    return source;
}

std::optional<RecordCheck::CitationDraft> RecordCheck::citation(const ordered_json &input, const std::string &owner,
                                                                const std::string &ownerTable,
                                                                const std::string &ownerKey)
{
    const std::size_t before = m_problems.size();
    OrderedJsonRecord record(input, m_file, owner, m_problems);
    if (!record.isObject())
        return std::nullopt;
    CitationDraft draft;
    if (ownerTable.empty()) {
        record.allowOnly({"tie", "entity", "source", "locator", "reliability", "credibility", "quote"});
        const bool ofTie = input.contains("tie");
        if (ofTie == input.contains("entity")) {
            record.problem("a citation backs exactly one tie or one entity: give \"tie\" or \"entity\"");
        } else {
            draft.ownerTable = ofTie ? "ties" : "entities";
            draft.ownerKey = record.reference(ofTie ? "tie" : "entity").value_or("");
        }
    } else {
        record.allowOnly({"source", "locator", "reliability", "credibility", "quote"});
        draft.ownerTable = ownerTable;
        draft.ownerKey = ownerKey;
    }
    draft.source = record.reference("source").value_or("");
    draft.citation.locator = record.optionalText("locator");
    draft.citation.quote = record.optionalText("quote");
    if (const auto quote = DatasetValidator::checkQuote(draft.citation.quote))
        record.problem(*quote);
    const auto reliability = record.reference("reliability");
    const auto credibility = record.integer("credibility");
    for (const std::string &message : DatasetValidator::checkGrade(reliability, credibility))
        record.problem(message);
    if (hasProblems(before, m_problems))
        return std::nullopt;
    draft.citation.grade = *Grade::make((*reliability)[0], static_cast<int>(*credibility));
    return draft;
}

} // namespace tiescope
