// SPDX-License-Identifier: MIT
#include "interchange/columnguess.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace tiescope {

namespace {

using Synonyms = std::vector<std::pair<std::string, std::vector<std::string>>>;

// Field, then the normalised names that mean it.
const Synonyms &synonyms(ColumnGuess::Table table)
{
    static const Synonyms entities{
        {"id", {"id", "key", "entityid", "entitykey", "nodeid", "node"}},
        {"name", {"name", "label", "title", "entity", "entityname"}},
        {"kind", {"kind", "type", "category", "entitykind", "class"}},
        {"country", {"country", "countrycode", "iso", "iso2", "nationality"}},
        {"aliases", {"aliases", "alias", "aka", "othernames"}},
        {"description", {"description", "desc", "about", "notes", "note"}},
        {"source", {"source", "sourceid", "sourcekey", "citation", "cites", "reference"}},
        {"locator", {"locator", "page", "section", "where"}},
        {"grade", {"grade", "admiralty", "admiraltygrade", "rating"}},
        {"sources", {"sources"}},
        {"citations", {"citations"}}, // TieScope's own GraphML / GEXF node column: a JSON array
    };
    static const Synonyms ties{
        {"id", {"id", "key", "tieid", "tiekey", "edgeid", "edge"}},
        {"from", {"from", "source", "sourceid", "sourcenode", "fromid", "subject", "head"}},
        {"to", {"to", "target", "targetid", "targetnode", "toid", "object", "tail"}},
        {"relation", {"relation", "relationtype", "type", "relationship", "predicate", "kind", "label"}},
        {"domain", {"domain", "layer", "sector", "area"}},
        {"start", {"start", "begin", "startdate", "begindate", "since", "starttime", "datefrom"}},
        {"end", {"end", "enddate", "until", "endtime", "dateto"}},
        {"status", {"status", "state"}},
        {"strength", {"strength", "weight", "intensity"}},
        {"note", {"note", "notes", "comment", "comments", "description"}},
        // "source" is the citation's only when "from" has its column already.
        {"source", {"cites", "citation", "citationsource", "reference", "evidence", "sourcekey", "source"}},
        {"locator", {"locator", "page", "section", "where"}},
        {"grade", {"grade", "admiralty", "admiraltygrade", "rating"}},
        {"sources", {"sources"}},
        {"citations", {"citations"}},
    };
    return table == ColumnGuess::Table::Entities ? entities : ties;
}

std::string normalised(std::string_view name)
{
    std::string text;
    for (const char c : name) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t')
            continue;
        text += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return text;
}

} // namespace

const std::vector<std::string> &ColumnGuess::fields(Table table)
{
    static const auto listOf = [](Table t) {
        std::vector<std::string> list;
        for (const auto &[field, names] : synonyms(t))
            list.push_back(field);
        return list;
    };
    static const std::vector<std::string> entities = listOf(Table::Entities);
    static const std::vector<std::string> ties = listOf(Table::Ties);
    return table == Table::Entities ? entities : ties;
}

std::optional<std::string> ColumnGuess::fieldOf(std::string_view name, Table table)
{
    const std::string key = normalised(name);
    for (const auto &[field, names] : synonyms(table)) {
        for (const std::string &synonym : names) {
            if (synonym == key)
                return field;
        }
    }
    return std::nullopt;
}

std::map<std::string, std::string> ColumnGuess::guess(const std::vector<std::string> &header, Table table)
{
    std::map<std::string, std::string> mapping;
    for (const std::string &column : header) {
        const std::string key = normalised(column);
        // The first field this name may mean that no earlier column took.
        for (const auto &[field, names] : synonyms(table)) {
            if (std::find(names.begin(), names.end(), key) != names.end() && mapping.emplace(field, column).second)
                break;
        }
    }
    return mapping;
}

} // namespace tiescope
