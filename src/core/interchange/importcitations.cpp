// SPDX-License-Identifier: MIT
#include "interchange/importcitations.h"

#include "interchange/importkey.h"
#include "interchange/importtext.h"
#include "io/boundedjson.h"
#include "model/grade.h"

namespace tiescope {

using nlohmann::ordered_json;

namespace {

std::string textOf(const ordered_json &object, const char *field)
{
    const auto it = object.find(field);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

void ImportCitations::add(const ImportRow &row)
{
    const std::string column = row.column("source");
    if (m_places.empty() || m_places.back().first != row.file || m_places.back().second != column)
        m_places.emplace_back(row.file, column);
    m_separate[row.value("record_type") + ":" + ImportKey::of(row.value("record_id"))].push_back(
        Separate{row.value("source"), row.value("locator"), row.value("grade"), row.value("quote"), row.line,
                 m_places.size() - 1});
}

std::vector<ImportCitations::Cite> ImportCitations::given(const ImportRow &row, const std::string &owner,
                                                          const std::string &key, std::vector<ImportIssue> &issues)
{
    std::vector<Cite> cites;
    if (!row.value("citations").empty()) {
        const std::string column = row.column("citations");
        const ordered_json list = BoundedJson::parse<ordered_json>(row.value("citations"), false);
        if (!list.is_array()) {
            issues.push_back({row.file, row.line, column, "not a JSON array of {source, locator, grade}"});
            return {};
        }
        for (const ordered_json &item : list) {
            if (!item.is_object()) {
                issues.push_back({row.file, row.line, column, "a citation that is not a JSON object"});
                return {};
            }
            cites.push_back(Cite{textOf(item, "source"), textOf(item, "locator"), textOf(item, "grade"),
                                 textOf(item, "quote"), row.file, column, row.line});
        }
        return cites;
    }
    if (const auto separate = m_separate.find(owner + ":" + key); separate != m_separate.end()) {
        for (Separate &cite : separate->second) {
            const auto &[file, column] = m_places[cite.where];
            cites.push_back(Cite{std::move(cite.source), std::move(cite.locator), std::move(cite.grade),
                                 std::move(cite.quote), file, column, cite.line});
        }
        m_separate.erase(separate);
        return cites;
    }
    for (const char *field : {"source", "sources"}) {
        for (const std::string &source : ImportText::split(row.value(field)))
            cites.push_back(
                Cite{source, row.value("locator"), row.value("grade"), {}, row.file, row.column(field), row.line});
        if (!cites.empty())
            return cites;
    }
    if (!m_spec.defaultSource.empty() && owner == "tie")
        cites.push_back(Cite{m_spec.defaultSource,
                             row.has("locator") ? row.value("locator") : m_spec.defaultLocator,
                             row.value("grade"),
                             {},
                             row.file,
                             "default source",
                             row.line});
    return cites;
}

std::vector<ordered_json> ImportCitations::of(const ImportRow &row, const std::string &owner, const std::string &key,
                                              const std::function<bool(const std::string &)> &known,
                                              std::vector<ImportIssue> &issues)
{
    const std::size_t before = issues.size();
    std::vector<ordered_json> citations;
    for (const Cite &cite : given(row, owner, key, issues)) {
        const std::string grade = cite.grade.empty() ? m_spec.defaultGrade : cite.grade;
        const auto parsed = Grade::parse(grade);
        if (!known(cite.source))
            issues.push_back({cite.file, cite.line, cite.column,
                              "unknown source \"" + cite.source + "\" (add it first, or name a default source)"});
        else if (grade.empty())
            issues.push_back({cite.file, cite.line, "grade",
                              "no grade for the citation of \"" + cite.source +
                                  "\" (give a grade column or a "
                                  "default grade, e.g. B2)"});
        else if (!parsed)
            issues.push_back(
                {cite.file, cite.line, "grade", "\"" + grade + "\" is not an Admiralty grade (A-F then 1-6, e.g. B2)"});
        if (issues.size() != before)
            continue;
        ordered_json citation = {{"source", cite.source},
                                 {"locator", cite.locator},
                                 {"reliability", std::string(1, parsed->reliability())},
                                 {"credibility", parsed->credibility()}};
        if (!cite.quote.empty())
            citation["quote"] = cite.quote;
        citations.push_back(std::move(citation));
    }
    return issues.size() == before ? citations : std::vector<ordered_json>{};
}

} // namespace tiescope
