// SPDX-License-Identifier: MIT
#include "io/snapshotwriter.h"

#include <cmath>
#include <ostream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace tiescope {

namespace {

// Ordered so the file reads in the order the format describes it.
using Json = nlohmann::ordered_json;

Json textOrNull(const std::string &text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

Json dateOrNull(const std::optional<PartialDate> &date)
{
    return date ? Json(date->toString()) : Json(nullptr);
}

template <typename Container>
Json keyList(const Container &keys)
{
    Json list = Json::array();
    for (const auto &key : keys)
        list.push_back(key);
    return list;
}

double finite(double value, const char *what)
{
    if (!std::isfinite(value))
        throw std::invalid_argument(std::string("snapshot: ") + what + " is not a finite number");
    return value;
}

Json point(const Point &p, const char *what)
{
    return Json::array({finite(p.x, what), finite(p.y, what)});
}

Json filterJson(const FilterSpec &filter)
{
    Json statuses = nullptr;
    if (filter.statuses) {
        statuses = Json::array();
        for (const TieStatus status : *filter.statuses)
            statuses.push_back(std::string(toString(status)));
    }
    return Json{
        {"domains", filter.domains ? keyList(*filter.domains) : Json(nullptr)},
        {"kinds", filter.kinds ? keyList(*filter.kinds) : Json(nullptr)},
        {"statuses", statuses},
        {"from", dateOrNull(filter.from)},
        {"to", dateOrNull(filter.to)},
        {"min_grade", filter.minimumGrade ? Json(filter.minimumGrade->toString()) : Json(nullptr)},
        {"text", filter.text},
        {"hide_isolated", filter.hideIsolated},
    };
}

Json entityJson(const Snapshot::Entity &e)
{
    return Json{{"id", e.key},           {"name", e.name}, {"kind", e.kind}, {"country", textOrNull(e.country)},
                {"aliases", keyList(e.aliases)}, {"description", e.description}};
}

Json tieJson(const Snapshot::Tie &t)
{
    Json citations = Json::array();
    for (const Snapshot::Citation &c : t.citations)
        citations.push_back(Json{{"source", c.source}, {"locator", c.locator}, {"grade", c.grade.toString()}});
    return Json{
        {"id", t.key},
        {"from", t.from},
        {"to", t.to},
        {"domain", t.domain},
        {"relation", t.relation},
        {"start", dateOrNull(t.start)},
        {"end", dateOrNull(t.end)},
        {"status", std::string(toString(t.status))},
        {"strength", t.strength ? Json(finite(*t.strength, "a tie strength")) : Json(nullptr)},
        {"note", t.note},
        {"citations", std::move(citations)},
    };
}

Json sourceJson(const Source &s)
{
    return Json{{"id", s.key},     {"title", s.title},          {"author", s.author},
                {"publisher", textOrNull(s.publisher)}, {"date", dateOrNull(s.date)},
                {"kind", s.kind},  {"url", textOrNull(s.url)}};
}

Json fractions(const std::map<std::string, double> &byKey)
{
    Json result = Json::object();
    for (const auto &[key, fraction] : byKey) {
        if (!(finite(fraction, "a sanction") >= 0.0 && fraction <= 1.0))
            throw std::invalid_argument("snapshot: a sanction must keep between 0 and 1 of the strength");
        result[key] = fraction;
    }
    return result;
}

Json analysisJson(const Snapshot::Analysis &a)
{
    if (a.hops < 1 || a.hops > 10)
        throw std::invalid_argument("snapshot: the ego network radius must be 1..10 hops");
    return Json{
        {"kind", a.kind},
        {"a", textOrNull(a.a)},
        {"b", textOrNull(a.b)},
        {"domain", textOrNull(a.domain)},
        {"hops", a.hops},
        {"what_if",
         Json{{"removed_entities", keyList(a.removedEntities)},
              {"removed_ties", keyList(a.removedTies)},
              {"sanctioned_entities", fractions(a.sanctionedEntities)},
              {"sanctioned_ties", fractions(a.sanctionedTies)}}},
    };
}

Json viewJson(const Snapshot::View &v)
{
    if (!(finite(v.zoom, "the zoom") > 0.0))
        throw std::invalid_argument("snapshot: the zoom must be positive");
    Json view{
        {"centre", point(v.centre, "the view centre")},
        {"zoom", v.zoom},
        {"selection", Json{{"entities", keyList(v.selectedEntities)}, {"ties", keyList(v.selectedTies)}}},
        {"pinned", keyList(v.pinnedEntities)},
        {"layout", v.layout},
    };
    if (v.analysis)
        view["analysis"] = analysisJson(*v.analysis);
    return view;
}

} // namespace

void SnapshotWriter::write(const Snapshot &snapshot, std::ostream &out)
{
    Json root;
    root["format"] = Snapshot::Format;
    root["format_version"] = snapshot.view ? 2 : 1;
    root["generator"] = snapshot.generator;
    root["created_at"] = snapshot.createdAt;
    root["dataset"] = Json{{"title", snapshot.datasetTitle}, {"version", snapshot.datasetVersion}};
    root["filter"] = filterJson(snapshot.filter);
    Json &entities = root["entities"] = Json::array();
    for (const Snapshot::Entity &e : snapshot.entities)
        entities.push_back(entityJson(e));
    Json &ties = root["ties"] = Json::array();
    for (const Snapshot::Tie &t : snapshot.ties)
        ties.push_back(tieJson(t));
    Json &sources = root["sources"] = Json::array();
    for (const Source &s : snapshot.sources)
        sources.push_back(sourceJson(s));
    if (!snapshot.positions.empty()) {
        Json &positions = root["positions"] = Json::object();
        for (const auto &[key, p] : snapshot.positions)
            positions[key] = point(p, "a position");
    }
    if (snapshot.view)
        root["view"] = viewJson(*snapshot.view);
    // Text from a store is not guaranteed to be UTF-8; replace bad bytes rather than fail.
    out << root.dump(2, ' ', false, Json::error_handler_t::replace) << '\n';
    out.flush();
    if (!out)
        throw std::runtime_error("snapshot: writing failed");
}

} // namespace tiescope
