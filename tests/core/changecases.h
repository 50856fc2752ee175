// SPDX-License-Identifier: MIT
#pragma once

// One change-set per operation on every table of the edit fixture (editfixture.h), for the
// tests that check each one and its inverse: on the store's rows (test_changeset) and on the
// dataset patched in memory (test_datasetpatcher).
#include <cstdint>
#include <ostream>

#include <nlohmann/json.hpp>

#include "edit/changeset.h"
#include "editfixture.h"
#include "model/dataset.h"
#include "store/store.h"

namespace tiescope::fixtures {

using nlohmann::ordered_json;

struct Case
{
    const char *name;
    ChangeSet (*make)(Store &store);
};

inline std::int64_t firstCitationOf(Store &store, const char *tie)
{
    const Dataset data = store.load();
    return data.tie(*data.findTie(tie)).citations.at(0).rowId;
}

inline const Case cases[] = {
    {"AddEntity",
     [](Store &) {
         ChangeSet c("add entity");
         ordered_json e = {{"id", "hungary"}, {"name", "Hungary"}, {"kind", "state"}, {"country", "HU"},
                           {"aliases", {"Magyarország"}}, {"description", "A neighbour."}};
         e["citations"] = ordered_json::array({citationOf("src", "B", 3)});
         return c.add(RecordTable::Entities, e), c;
     }},
    {"AddTieWithItsCitation",
     [](Store &) {
         ChangeSet c("add tie");
         return c.add(RecordTable::Ties, fixtures::newTie("serbia-owns-nis", "serbia", "nis")), c;
     }},
    {"AddSource",
     [](Store &) {
         ChangeSet c("add source");
         return c.add(RecordTable::Sources, {{"id", "report"},
                                             {"title", "A report"},
                                             {"author", "Analyst"},
                                             {"publisher", nullptr},
                                             {"date", "2024-05"},
                                             {"kind", "report"},
                                             {"url", "https://example.org/report"},
                                             {"retrieved", "2024-06-01"},
                                             {"archive_url", "https://archive.example/report"}}),
                c;
     }},
    {"AddCitation",
     [](Store &) {
         ChangeSet c("cite");
         ordered_json citation = citationOf("other", "C", 3);
         citation["tie"] = "serbia-pfp";
         citation["quote"] = "Serbia joined the Partnership for Peace.";
         return c.addCitation(citation), c;
     }},
    {"UpdateEntity",
     [](Store &) {
         ChangeSet c("edit entity");
         return c.update(RecordTable::Entities, "nis", {{"name", "Naftna Industrija Srbije"}, {"aliases", {"NIS"}}}), c;
     }},
    {"UpdateTie",
     [](Store &) {
         ChangeSet c("edit tie");
         return c.update(RecordTable::Ties, "serbia-pfp", {{"start", "2006"}, {"end", "2030"}, {"strength", 0.25}}), c;
     }},
    {"UpdateSource",
     [](Store &) {
         ChangeSet c("edit source");
         return c.update(RecordTable::Sources, "src", {{"url", "https://example.org/a"}}), c;
     }},
    {"UpdateSourceRetrievedAndArchive",
     [](Store &) {
         ChangeSet c("archive source");
         return c.update(RecordTable::Sources, "other",
                         {{"retrieved", "2025-10-09"}, {"archive_url", "https://archive.example/statement"}}),
                c;
     }},
    {"UpdateCitationQuote",
     [](Store &store) {
         ChangeSet c("quote");
         return c.updateCitation(firstCitationOf(store, "serbia-pfp"), {{"quote", "Partnership for Peace, 2006."}}), c;
     }},
    {"UpdateCitation",
     [](Store &store) {
         ChangeSet c("regrade");
         return c.updateCitation(firstCitationOf(store, "serbia-pfp"), {{"reliability", "A"}, {"credibility", 1}}), c;
     }},
    {"DeleteEntityWithItsTies",
     [](Store &) {
         ChangeSet c("delete entity");
         return c.remove(RecordTable::Entities, "russia"), c;
     }},
    {"DeleteTie",
     [](Store &) {
         ChangeSet c("delete tie");
         return c.remove(RecordTable::Ties, "gpn-owns-nis"), c;
     }},
    {"DeleteCitation",
     [](Store &store) {
         ChangeSet c("delete citation"); // gpn-owns-nis keeps its second citation
         return c.removeCitation(firstCitationOf(store, "gpn-owns-nis")), c;
     }},
    {"Merge",
     [](Store &) {
         ChangeSet c("merge");
         return c.merge("gazprom-neft", "russia"), c;
     }},
};

inline void PrintTo(const Case &c, std::ostream *out)
{
    *out << c.name;
}

} // namespace tiescope::fixtures
