// SPDX-License-Identifier: MIT
#include "io/ftmwriter.h"

#include <algorithm>
#include <array>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

using nlohmann::ordered_json;

constexpr std::array<std::pair<std::string_view, std::string_view>, 15> SchemaByKind{{
    {"state", "PublicBody"},
    {"territory", "PublicBody"},
    {"institution", "PublicBody"},
    {"agency", "PublicBody"},
    {"armed-force", "PublicBody"},
    {"organisation", "Organization"},
    {"group", "Organization"},
    {"party", "Organization"},
    {"company", "Company"},
    {"person", "Person"},
    {"event", "Event"},
    {"weapon-system", "Asset"},
    {"infrastructure", "Asset"},
    {"programme", "Project"},
    {"agreement", "Contract"},
}};

std::optional<std::string_view> schemaOf(const Dataset &data, const Entity &entity)
{
    const std::string &kind = data.kind(entity.kind).key;
    const auto found = std::find_if(SchemaByKind.begin(), SchemaByKind.end(),
                                    [&](const auto &entry) { return entry.first == kind; });
    if (found == SchemaByKind.end())
        return std::nullopt;
    return found->second;
}

bool isLegalEntity(std::string_view schema)
{
    return schema == "PublicBody" || schema == "Organization" || schema == "Company" || schema == "Person";
}

bool isOrganization(std::string_view schema)
{
    return schema == "PublicBody" || schema == "Organization" || schema == "Company";
}

std::string entityId(const Entity &entity)
{
    return "tiescope-entity-" + entity.key;
}

// Adds a value to a property's list once (FtM properties are lists of strings).
void add(ordered_json &properties, const char *name, const std::string &value)
{
    if (value.empty())
        return;
    ordered_json &list = properties[name];
    if (!list.is_array())
        list = ordered_json::array();
    if (std::find(list.begin(), list.end(), value) == list.end())
        list.push_back(value);
}

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c); });
    return text;
}

void line(std::ostream &out, const ordered_json &record)
{
    out << record.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
    if (!out)
        throw std::runtime_error("writing failed");
}

// A date FtM can hold (an ISO 8601 prefix) goes in its property; any other EDTF form is said
// in words, so nothing the source gave is lost and nothing is made exact that was not.
void putDate(ordered_json &properties, std::vector<std::string> &said, const char *property, const char *side,
             const std::optional<EdtfDate> &date)
{
    if (!date)
        return;
    if (const auto exact = date->exact()) {
        add(properties, property, exact->toString());
    } else if (date->isOpen()) {
        if (std::string_view(side) == "end")
            said.emplace_back("ongoing");
    } else {
        said.push_back(std::string(side) + " " + date->toString() + " (EDTF)");
    }
}

} // namespace

FtmWriter::Counts FtmWriter::write(const GraphView &view, std::ostream &out)
{
    const Dataset &data = view.graph().dataset();
    Counts counts;
    std::vector<std::optional<std::string_view>> schemata(data.entities().size());
    for (const EntityId id : view.visibleEntities()) {
        const Entity &entity = data.entity(id);
        schemata[id.index()] = schemaOf(data, entity);
        if (!schemata[id.index()]) {
            ++counts.leftOutEntities;
            continue;
        }
        ordered_json properties = ordered_json::object();
        add(properties, "name", entity.name);
        for (const std::string &alias : entity.aliases)
            add(properties, "alias", alias);
        add(properties, "country", lowerCase(entity.country));
        add(properties, "description", entity.description);
        for (const Citation &citation : entity.citations) {
            const Source &source = data.source(citation.source);
            add(properties, "sourceUrl", source.url);
            add(properties, "publisher", source.publisher);
        }
        line(out, ordered_json{{"id", entityId(entity)},
                               {"schema", std::string(*schemata[id.index()])},
                               {"properties", std::move(properties)}});
        ++counts.entities;
    }
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        const auto from = schemata[tie.from.index()], to = schemata[tie.to.index()];
        if (!from || !to) {
            ++counts.leftOutTies;
            continue;
        }
        const std::string &relation = data.relation(tie.relation).key;
        std::string schema = "UnknownLink";
        const char *subject = "subject";
        const char *object = "object";
        if (relation == "owns" && isLegalEntity(*from) && (*to == "Company" || *to == "Asset")) {
            schema = "Ownership";
            subject = "owner";
            object = "asset";
        } else if ((relation == "member-of" || relation == "part-of") && isLegalEntity(*from) && isOrganization(*to)) {
            schema = "Membership";
            subject = "member";
            object = "organization";
        }
        ordered_json properties = ordered_json::object();
        add(properties, subject, entityId(data.entity(tie.from)));
        add(properties, object, entityId(data.entity(tie.to)));
        add(properties, "role", data.relation(tie.relation).label);
        add(properties, "status", std::string(toString(tie.status)));
        add(properties, "recordId", tie.key);
        std::vector<std::string> said;
        putDate(properties, said, "startDate", "start", tie.start);
        putDate(properties, said, "endDate", "end", tie.end);
        add(properties, "summary", tie.note);
        std::string description = data.domain(tie.domain).key + " tie, graded " + tie.bestGrade().toString();
        for (const std::string &words : said)
            description += "; " + words;
        add(properties, "description", description);
        for (const Citation &citation : tie.citations) {
            const Source &source = data.source(citation.source);
            add(properties, "sourceUrl", source.url);
            add(properties, "publisher", source.publisher);
            if (source.retrieved)
                add(properties, "retrievedAt", source.retrieved->toString());
        }
        line(out, ordered_json{{"id", "tiescope-tie-" + tie.key}, {"schema", schema}, {"properties", std::move(properties)}});
        ++counts.links;
    }
    return counts;
}

} // namespace tiescope
