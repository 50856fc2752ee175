// SPDX-License-Identifier: MIT
#include "io/snapshotjson.h"

#include <cmath>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace tiescope {

namespace {

using Json = SnapshotJson::Json;

Json textOrNull(const std::string &text)
{
    return text.empty() ? Json(nullptr) : Json(text);
}

template <typename Date> // PartialDate or EdtfDate
Json dateOrNull(const std::optional<Date> &date)
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

} // namespace

Json SnapshotJson::dataset(const Snapshot &snapshot)
{
    return Json{{"title", snapshot.datasetTitle}, {"version", snapshot.datasetVersion}};
}

Json SnapshotJson::filter(const FilterSpec &filter)
{
    Json statuses = nullptr;
    if (filter.statuses) {
        statuses = Json::array();
        for (const TieStatus status : *filter.statuses)
            statuses.push_back(std::string(toString(status)));
    }
    Json json{
        {"domains", filter.domains ? keyList(*filter.domains) : Json(nullptr)},
        {"kinds", filter.kinds ? keyList(*filter.kinds) : Json(nullptr)},
        {"statuses", statuses},
        {"from", dateOrNull(filter.from)},
        {"to", dateOrNull(filter.to)},
        {"min_grade", filter.minimumGrade ? Json(filter.minimumGrade->toString()) : Json(nullptr)},
        {"text", filter.text},
        {"isolated", std::string(toString(filter.isolated))},
        {"include_undated", filter.includeUndated},
    };
    // Written only when on, so snapshots without it stay as they were (absent reads as off).
    if (filter.corroboratedOnly)
        json["corroborated_only"] = true;
    return json;
}

Json SnapshotJson::entity(const Snapshot::Entity &e)
{
    return Json{{"id", e.key},           {"name", e.name}, {"kind", e.kind}, {"country", textOrNull(e.country)},
                {"aliases", keyList(e.aliases)}, {"description", e.description}};
}

Json SnapshotJson::tie(const Snapshot::Tie &t)
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

Json SnapshotJson::source(const Source &s)
{
    return Json{{"id", s.key},     {"title", s.title},          {"author", s.author},
                {"publisher", textOrNull(s.publisher)}, {"date", dateOrNull(s.date)},
                {"kind", s.kind},  {"url", textOrNull(s.url)}};
}

Json SnapshotJson::position(const Point &p)
{
    return point(p, "a position");
}

Json SnapshotJson::view(const Snapshot::View &v)
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
    view["pane"] = v.pane;
    if (v.compare)
        view["compare"] = Json{{"a", v.compare->a}, {"b", v.compare->b}};
    return view;
}

} // namespace tiescope
