// SPDX-License-Identifier: MIT
#include "io/datasetvalidator.h"

#include <cmath>

#include "io/jsontext.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isFraction(double value)
{
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

template <typename Row>
void place(std::vector<Problem> &problems, const std::string &file, std::string_view what, const std::vector<Row> &rows)
{
    for (const Row &row : rows) {
        for (std::string &message : DatasetValidator::check(row))
            problems.push_back(Problem{file, DatasetValidator::recordName(what, row.key), std::move(message)});
    }
}

template <typename Id>
bool inRange(Id id, std::size_t size)
{
    return id.isValid() && id.index() < size;
}

} // namespace

bool DatasetValidator::isValidKey(std::string_view key)
{
    if (key.empty() || key.front() == '-')
        return false;
    for (const char c : key) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            return false;
    }
    return true;
}

bool DatasetValidator::isValidColour(std::string_view colour)
{
    if (colour.size() != 7 || colour.front() != '#')
        return false;
    for (std::size_t i = 1; i < colour.size(); ++i) {
        if (!isHexDigit(colour[i]))
            return false;
    }
    return true;
}

bool DatasetValidator::isValidCountry(std::string_view country)
{
    return country.empty() ||
           (country.size() == 2 && country[0] >= 'A' && country[0] <= 'Z' && country[1] >= 'A' && country[1] <= 'Z');
}

std::vector<std::string> DatasetValidator::checkGrade(const std::optional<std::string> &reliability,
                                                      const std::optional<std::int64_t> &credibility)
{
    std::vector<std::string> messages;
    if (reliability && (reliability->size() != 1 || (*reliability)[0] < 'A' || (*reliability)[0] > 'F'))
        messages.push_back("field \"reliability\": " + JsonText::quoted(*reliability) +
                           " is not a source reliability grade \"A\"..\"F\"");
    if (credibility && (*credibility < 1 || *credibility > 6))
        messages.push_back("field \"credibility\": " + std::to_string(*credibility) +
                           " is not an information credibility grade 1..6");
    return messages;
}

std::optional<std::string> DatasetValidator::checkQuote(std::string_view quote)
{
    std::size_t characters = 0;
    for (const char byte : quote)
        characters += (static_cast<unsigned char>(byte) & 0xC0U) != 0x80U ? 1 : 0; // not a continuation byte
    if (characters <= Citation::MaxQuoteLength)
        return std::nullopt;
    return "field \"quote\": " + std::to_string(characters) + " characters; a quote is at most " +
           std::to_string(Citation::MaxQuoteLength) + " (cite the passage by its locator instead)";
}

std::string DatasetValidator::unknownReference(std::string_view field, std::string_view what, std::string_view key,
                                               std::string_view where)
{
    return "field \"" + std::string(field) + "\": unknown " + std::string(what) + " " + JsonText::quoted(key) +
           " (not in " + std::string(where) + ")";
}

std::string DatasetValidator::duplicateKey(std::string_view holder)
{
    return "duplicate id: " + std::string(holder) + " has the same id";
}

std::string DatasetValidator::unknownStatus(std::string_view status)
{
    return "field \"status\": " + JsonText::quoted(status) +
           " is not one of \"confirmed\", \"alleged\", \"planned\", \"ended\"";
}

std::string DatasetValidator::uncitedTie()
{
    return "has no citation; every tie needs at least one";
}

std::string DatasetValidator::recordName(std::string_view what, std::string_view key)
{
    return std::string(what) + " " + JsonText::quoted(key);
}

std::string DatasetValidator::recordName(std::string_view what, std::size_t position)
{
    return std::string(what) + " #" + std::to_string(position);
}

void DatasetValidator::checkKey(std::string_view key, std::vector<std::string> &messages)
{
    if (!isValidKey(key))
        messages.push_back("id " + JsonText::quoted(key) +
                           " is not kebab-case (lower-case letters, digits and '-', not starting with '-')");
}

void DatasetValidator::checkCitations(const std::vector<Citation> &citations, std::vector<std::string> &messages)
{
    for (std::size_t i = 0; i < citations.size(); ++i) {
        const Grade &grade = citations[i].grade;
        if (!Grade::make(grade.reliability(), grade.credibility()))
            messages.push_back("citation " + std::to_string(i + 1) + " has an invalid grade");
        if (const auto quote = checkQuote(citations[i].quote))
            messages.push_back("citation " + std::to_string(i + 1) + ": " + *quote);
    }
}

std::vector<std::string> DatasetValidator::check(const Domain &domain)
{
    std::vector<std::string> messages;
    checkKey(domain.key, messages);
    if (domain.label.empty())
        messages.emplace_back("label is empty");
    if (!isValidColour(domain.colour))
        messages.push_back("colour " + JsonText::quoted(domain.colour) + " is not of the form \"#rrggbb\"");
    return messages;
}

std::vector<std::string> DatasetValidator::check(const EntityKind &kind)
{
    std::vector<std::string> messages;
    checkKey(kind.key, messages);
    if (kind.label.empty())
        messages.emplace_back("label is empty");
    return messages;
}

std::vector<std::string> DatasetValidator::check(const RelationType &relation)
{
    std::vector<std::string> messages;
    checkKey(relation.key, messages);
    if (relation.label.empty())
        messages.emplace_back("label is empty");
    if (!isFraction(relation.defaultStrength))
        messages.push_back("default_strength " + std::to_string(relation.defaultStrength) + " is outside [0, 1]");
    return messages;
}

std::vector<std::string> DatasetValidator::check(const Source &source)
{
    std::vector<std::string> messages;
    checkKey(source.key, messages);
    if (source.title.empty())
        messages.emplace_back("title is empty");
    return messages;
}

std::vector<std::string> DatasetValidator::check(const Entity &entity)
{
    std::vector<std::string> messages;
    checkKey(entity.key, messages);
    if (entity.name.empty())
        messages.emplace_back("name is empty");
    if (!isValidCountry(entity.country))
        messages.push_back("country " + JsonText::quoted(entity.country) +
                           " is not an ISO 3166-1 alpha-2 code (two capital letters)");
    checkCitations(entity.citations, messages);
    return messages;
}

std::vector<std::string> DatasetValidator::check(const Tie &tie)
{
    std::vector<std::string> messages;
    checkKey(tie.key, messages);
    if (TieDates::endsBeforeItStarts(tie.start, tie.end))
        messages.push_back("ends (" + tie.end->toString() + ") before it starts (" + tie.start->toString() + ")");
    if (tie.strength && !isFraction(*tie.strength))
        messages.push_back("strength " + std::to_string(*tie.strength) + " is outside [0, 1]");
    if (tie.citations.empty())
        messages.push_back(uncitedTie());
    checkCitations(tie.citations, messages);
    return messages;
}

std::vector<Problem> DatasetValidator::validate(const Dataset &dataset, const std::string &file)
{
    return validate(dataset, [&file](std::string_view) { return file; });
}

std::vector<Problem> DatasetValidator::validate(const Dataset &dataset, const FileOf &fileOf)
{
    std::vector<Problem> problems;
    place(problems, fileOf("domains"), "domain", dataset.domains());
    place(problems, fileOf("kinds"), "kind", dataset.kinds());
    place(problems, fileOf("relations"), "relation", dataset.relations());
    place(problems, fileOf("sources"), "source", dataset.sources());
    place(problems, fileOf("entities"), "entity", dataset.entities());
    place(problems, fileOf("ties"), "tie", dataset.ties());

    // References: a store's reader resolves them already, but a Dataset built in code may not.
    const auto citationsResolve = [&dataset](const std::vector<Citation> &citations) {
        for (const Citation &citation : citations) {
            if (!inRange(citation.source, dataset.sources().size()))
                return false;
        }
        return true;
    };
    const std::string entitiesFile = fileOf("entities");
    for (const Entity &entity : dataset.entities()) {
        if (!inRange(entity.kind, dataset.kinds().size()))
            problems.push_back(Problem{entitiesFile, recordName("entity", entity.key), "refers to a missing kind"});
        if (!citationsResolve(entity.citations))
            problems.push_back(Problem{entitiesFile, recordName("entity", entity.key), "cites a missing source"});
    }
    const std::string tiesFile = fileOf("ties");
    for (const Tie &tie : dataset.ties()) {
        const auto missing = [&](const char *what) {
            problems.push_back(Problem{tiesFile, recordName("tie", tie.key), std::string("refers to a missing ") + what});
        };
        if (!inRange(tie.from, dataset.entities().size()) || !inRange(tie.to, dataset.entities().size()))
            missing("entity");
        if (!inRange(tie.domain, dataset.domains().size()))
            missing("domain");
        if (!inRange(tie.relation, dataset.relations().size()))
            missing("relation");
        if (!citationsResolve(tie.citations))
            missing("source");
    }
    return problems;
}

} // namespace tiescope
