// SPDX-License-Identifier: MIT
#include "io/snapshotreader.h"

#include <initializer_list>
#include <map>
#include <istream>
#include <set>

#include <nlohmann/json.hpp>

#include "io/boundedjson.h"
#include "io/datasetvalidator.h"
#include "io/jsonnode.h"
#include "io/jsontext.h"
#include "model/datewindow.h"
#include "model/inputerror.h"
#include "model/inputlimits.h"
#include "model/tiedates.h"

namespace tiescope {

namespace {

using nlohmann::json;
using Node = JsonNode;

// Rejects a duplicate id or a reference to one that is not there.
class KeySet final
{
public:
    explicit KeySet(const char *what) : m_what(what) {}
    void add(const Node &where, const std::string &key)
    {
        if (!m_keys.insert(key).second)
            where.fail("duplicate " + std::string(m_what) + " id " + JsonText::quoted(key));
    }
    void require(const Node &where, const std::string &key) const
    {
        if (!m_keys.count(key))
            where.fail(JsonText::quoted(key) + " is not one of the snapshot's " + m_what + "s");
    }

private:
    const char *m_what;
    std::set<std::string> m_keys;
};

FilterSpec readFilter(const Node &node)
{
    // Files written before "isolated" existed say only whether isolated entities were hidden;
    // files written before "include_undated" existed showed undated ties (the default).
    node.expectObject({"domains", "kinds", "statuses", "from", "to", "min_grade", "text"},
                      {"isolated", "hide_isolated", "include_undated", "corroborated_only"});
    FilterSpec filter;
    filter.domains = node["domains"].keySetOrNull();
    filter.kinds = node["kinds"].keySetOrNull();
    if (const Node statuses = node["statuses"]; !statuses.isNull()) {
        filter.statuses.emplace();
        for (const Node &item : statuses.items()) {
            const std::string text = item.text();
            const auto status = parseTieStatus(text);
            if (!status)
                item.fail(JsonText::quoted(text) + " is not a tie status (confirmed, alleged, planned, ended)");
            filter.statuses->insert(*status);
        }
    }
    filter.from = node["from"].dateOrNull();
    filter.to = node["to"].dateOrNull();
    if (const Node grade = node["min_grade"]; !grade.isNull())
        filter.minimumGrade = grade.grade();
    filter.text = node["text"].text();
    if (node.has("include_undated"))
        filter.includeUndated = node["include_undated"].boolean();
    // Absent in files written before it existed, and whenever it is off: every tie shows.
    if (node.has("corroborated_only"))
        filter.corroboratedOnly = node["corroborated_only"].boolean();
    if (node.has("isolated") == node.has("hide_isolated"))
        node.fail("needs exactly one of \"isolated\" and the older \"hide_isolated\"");
    if (!node.has("isolated"))
        filter.isolated = node["hide_isolated"].boolean() ? IsolatedEntities::Hide : IsolatedEntities::Fade;
    else if (const auto isolated = parseIsolatedEntities(node["isolated"].text()))
        filter.isolated = *isolated;
    else
        node["isolated"].fail(JsonText::quoted(node["isolated"].text()) + " is not fade, hide or show");
    return filter;
}

Snapshot::Tie readTie(const Node &node, const KeySet &entities, const KeySet &sources)
{
    node.expectObject({"id", "from", "to", "domain", "relation", "start", "end", "status", "strength", "note",
                       "citations"});
    Snapshot::Tie tie;
    tie.key = node["id"].key();
    tie.from = node["from"].key();
    entities.require(node["from"], tie.from);
    tie.to = node["to"].key();
    entities.require(node["to"], tie.to);
    tie.domain = node["domain"].key();
    tie.relation = node["relation"].key();
    tie.start = node["start"].edtfOrNull();
    tie.end = node["end"].edtfOrNull();
    if (TieDates::endsBeforeItStarts(tie.start, tie.end))
        node["end"].fail("the tie ends before it starts");
    const std::string status = node["status"].text();
    const auto parsed = parseTieStatus(status);
    if (!parsed)
        node["status"].fail(JsonText::quoted(status) + " is not a tie status (confirmed, alleged, planned, ended)");
    tie.status = *parsed;
    if (const Node strength = node["strength"]; !strength.isNull()) {
        tie.strength = strength.number();
        if (*tie.strength < 0.0 || *tie.strength > 1.0)
            strength.fail("must be between 0 and 1");
    }
    tie.note = node["note"].text();
    for (const Node &item : node["citations"].items()) {
        item.expectObject({"source", "locator", "grade"});
        Snapshot::Citation citation{item["source"].key(), item["locator"].text(), item["grade"].grade()};
        sources.require(item["source"], citation.source);
        tie.citations.push_back(std::move(citation));
    }
    return tie;
}

std::string keyOrEmpty(const Node &node)
{
    return node.isNull() ? std::string() : node.key();
}

std::map<std::string, double> readFractions(const Node &node)
{
    if (!node.value().is_object())
        node.fail("must be an object mapping ids to fractions, found " + JsonText::typeName(node.value()));
    std::map<std::string, double> result;
    for (const auto &[key, ignored] : node.value().items()) {
        const Node fraction = node.member(key);
        if (!DatasetValidator::isValidKey(key))
            fraction.fail(JsonText::quoted(key) + " is not a valid id (kebab-case: [a-z0-9][a-z0-9-]*)");
        const double value = fraction.number();
        if (value < 0.0 || value > 1.0)
            fraction.fail("must be between 0 and 1");
        result[key] = value;
    }
    return result;
}

Snapshot::Analysis readAnalysis(const Node &node)
{
    node.expectObject({"kind", "a", "b", "domain", "hops", "what_if"});
    Snapshot::Analysis analysis;
    analysis.kind = node["kind"].text();
    bool known = false;
    for (const char *kind : Snapshot::Analysis::Kinds)
        known = known || analysis.kind == kind;
    if (!known)
        node["kind"].fail(JsonText::quoted(analysis.kind) +
                          " is not an analysis (chains, exposure, cuts, path, ego, degree, betweenness, pagerank, "
                          "communities)");
    analysis.a = keyOrEmpty(node["a"]);
    analysis.b = keyOrEmpty(node["b"]);
    analysis.domain = keyOrEmpty(node["domain"]);
    const Node hops = node["hops"];
    if (!hops.value().is_number_integer() || hops.value().get<std::int64_t>() < 1 || hops.value().get<std::int64_t>() > 10)
        hops.fail("must be an integer from 1 to 10");
    analysis.hops = static_cast<int>(hops.value().get<std::int64_t>());
    const Node whatIf = node["what_if"];
    whatIf.expectObject({"removed_entities", "removed_ties", "sanctioned_entities", "sanctioned_ties"});
    analysis.removedEntities = whatIf["removed_entities"].keys();
    analysis.removedTies = whatIf["removed_ties"].keys();
    analysis.sanctionedEntities = readFractions(whatIf["sanctioned_entities"]);
    analysis.sanctionedTies = readFractions(whatIf["sanctioned_ties"]);
    return analysis;
}

Snapshot::Compare readCompare(const Node &node)
{
    node.expectObject({"a", "b"});
    const auto window = [&node](const char *side) {
        std::string text = node[side].text();
        if (!DateWindow::parse(text))
            node[side].fail(JsonText::quoted(text) + " is not a date or window (YYYY, YYYY-MM, YYYY-MM-DD, or FROM/TO)");
        return text;
    };
    return Snapshot::Compare{window("a"), window("b")};
}

Snapshot::View readView(const Node &node, int version, const KeySet &entities, const KeySet &ties)
{
    if (version >= 3)
        node.expectObject({"centre", "zoom", "selection", "pinned", "layout", "pane"}, {"analysis", "compare"});
    else
        node.expectObject({"centre", "zoom", "selection", "pinned", "layout"}, {"analysis"});
    Snapshot::View view;
    view.centre = node["centre"].point();
    view.zoom = node["zoom"].number();
    if (!(view.zoom > 0.0))
        node["zoom"].fail("must be positive");
    const Node selection = node["selection"];
    selection.expectObject({"entities", "ties"});
    view.selectedEntities = selection["entities"].keys(entities);
    view.selectedTies = selection["ties"].keys(ties);
    view.pinnedEntities = node["pinned"].keys(entities);
    view.layout = node["layout"].text();
    if (node.has("analysis"))
        view.analysis = readAnalysis(node["analysis"]);
    if (version >= 3) {
        view.pane = node["pane"].text();
        bool known = false;
        for (const char *pane : Snapshot::View::Panes)
            known = known || view.pane == pane;
        if (!known)
            node["pane"].fail(JsonText::quoted(view.pane) + " is not a view (graph, timeline, map)");
        if (node.has("compare"))
            view.compare = readCompare(node["compare"]);
    }
    return view;
}

Snapshot readRoot(const Node &root)
{
    if (!root.value().is_object())
        root.fail("a snapshot must be a JSON object, found " + JsonText::typeName(root.value()));
    if (!root.has("format") || !root["format"].value().is_string() ||
        root["format"].value().get<std::string>() != Snapshot::Format)
        root.fail(std::string("not a TieScope snapshot (\"format\" must be \"") + Snapshot::Format + "\")");
    Snapshot snapshot;
    const json version = root.has("format_version") ? root["format_version"].value() : json();
    // Unsigned first: a huge number must not wrap into a small one.
    std::int64_t number = 0;
    if (version.is_number_unsigned())
        number = version.get<std::uint64_t>() > 3 ? 0 : static_cast<std::int64_t>(version.get<std::uint64_t>());
    else if (version.is_number_integer())
        number = version.get<std::int64_t>();
    if (number < 1 || number > Snapshot::LatestVersion)
        root.fail("unsupported format_version " + JsonText::value(version) + " (this TieScope reads 1, 2 and 3)");
    snapshot.formatVersion = static_cast<int>(number);
    if (snapshot.formatVersion == 1)
        root.expectObject({"format", "format_version", "generator", "created_at", "dataset", "filter", "entities", "ties",
                           "sources"},
                          {"positions"});
    else
        root.expectObject({"format", "format_version", "generator", "created_at", "dataset", "filter", "entities", "ties",
                           "sources", "view"},
                          {"positions"});
    snapshot.generator = root["generator"].text();
    snapshot.createdAt = root["created_at"].text();
    const Node dataset = root["dataset"];
    dataset.expectObject({"title", "version"});
    snapshot.datasetTitle = dataset["title"].text();
    snapshot.datasetVersion = dataset["version"].text();
    snapshot.filter = readFilter(root["filter"]);

    KeySet sourceKeys("source");
    for (const Node &node : root["sources"].items()) {
        node.expectObject({"id", "title", "author", "publisher", "date", "kind", "url"});
        Source source{node["id"].key(),           node["title"].text(), node["author"].text(),
                      node["publisher"].textOrNull(), node["date"].dateOrNull(), node["kind"].text(),
                      node["url"].textOrNull()};
        sourceKeys.add(node["id"], source.key);
        snapshot.sources.push_back(std::move(source));
    }
    KeySet entityKeys("entity");
    for (const Node &node : root["entities"].items()) {
        node.expectObject({"id", "name", "kind", "country", "aliases", "description"});
        Snapshot::Entity entity;
        entity.key = node["id"].key();
        entityKeys.add(node["id"], entity.key);
        entity.name = node["name"].text();
        entity.kind = node["kind"].key();
        entity.country = node["country"].textOrNull();
        for (const Node &alias : node["aliases"].items())
            entity.aliases.push_back(alias.text());
        entity.description = node["description"].text();
        snapshot.entities.push_back(std::move(entity));
    }
    KeySet tieKeys("tie");
    for (const Node &node : root["ties"].items()) {
        Snapshot::Tie tie = readTie(node, entityKeys, sourceKeys);
        tieKeys.add(node["id"], tie.key);
        snapshot.ties.push_back(std::move(tie));
    }
    if (root.has("positions")) {
        const Node positions = root["positions"];
        if (!positions.value().is_object())
            positions.fail("must be an object mapping entity ids to [x, y], found " +
                           JsonText::typeName(positions.value()));
        for (const auto &[key, ignored] : positions.value().items()) {
            const Node position = positions.member(key);
            entityKeys.require(position, key);
            snapshot.positions[key] = position.point();
        }
    }
    if (snapshot.formatVersion >= 2)
        snapshot.view = readView(root["view"], snapshot.formatVersion, entityKeys, tieKeys);
    return snapshot;
}

} // namespace

Snapshot SnapshotReader::read(std::istream &in, const std::string &file)
{
    const std::optional<std::string> text = InputLimits::readAtMost(in, InputLimits::MaxJsonBytes);
    if (!text)
        throw InputError(file, InputLimits::tooLarge(InputLimits::MaxJsonBytes));
    if (in.bad())
        throw InputError(file, "cannot be read");
    json root;
    try {
        root = BoundedJson::parse<json>(*text);
    } catch (const json::exception &error) {
        throw InputError(file, "invalid JSON: " + JsonText::parseError(error));
    }
    return readRoot(Node(root, {}, file));
}

} // namespace tiescope
