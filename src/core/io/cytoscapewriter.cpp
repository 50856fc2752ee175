// SPDX-License-Identifier: MIT
#include "io/cytoscapewriter.h"

#include <nlohmann/json.hpp>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/interchangefields.h"
#include "io/jsonstreamwriter.h"
#include "model/dataset.h"

namespace tiescope {

void CytoscapeWriter::write(const GraphView &view, const std::vector<Point> &positions, const std::string &generator,
                            std::ostream &out)
{
    using nlohmann::ordered_json;
    const Dataset &data = view.graph().dataset();
    const bool placed = positions.size() == data.entities().size() && !positions.empty();
    JsonStreamWriter json(out);
    json.beginObject();
    json.member("format_version", "1.0");
    json.member("generated_by", generator);
    json.member("target_cytoscapejs_version", "~3");
    json.member("data", ordered_json{{"name", data.info().title}});
    // NetworkX's cytoscape_graph reads these two: a directed multigraph keeps parallel ties.
    json.member("directed", true);
    json.member("multigraph", true);
    json.key("elements");
    json.beginObject();
    json.key("nodes");
    json.beginArray();
    for (const EntityId id : view.visibleEntities()) {
        const Entity &entity = data.entity(id);
        ordered_json node{{"data",
                           {{"id", entity.key},
                            {"value", entity.key},
                            {"name", entity.name},
                            {"kind", data.kind(entity.kind).key},
                            {"country", entity.country},
                            {"aliases", entity.aliases},
                            {"description", entity.description}}}};
        if (placed)
            node["position"] = {{"x", positions[id.index()].x}, {"y", positions[id.index()].y}};
        json.value(node);
        json.check();
    }
    json.end();
    json.key("edges");
    json.beginArray();
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        ordered_json edge{{"id", tie.key},
                          {"key", tie.key},
                          {"source", data.entity(tie.from).key},
                          {"target", data.entity(tie.to).key},
                          {"relation", data.relation(tie.relation).key},
                          {"domain", data.domain(tie.domain).key}};
        // Only what the source says: an unknown side is left out, not guessed.
        if (tie.start)
            edge["start"] = tie.start->toString();
        if (tie.end)
            edge["end"] = tie.end->toString();
        edge["status"] = std::string(toString(tie.status));
        edge["strength"] = data.strengthOf(tie);
        edge["grade"] = tie.bestGrade().toString();
        edge["sources"] = InterchangeFields::sourceKeys(data, tie.citations);
        edge["citations"] = InterchangeFields::citationList(data, tie.citations);
        edge["note"] = tie.note;
        json.value(ordered_json{{"data", std::move(edge)}});
        json.check();
    }
    json.end();
    json.end();
    json.end();
    json.check();
}

} // namespace tiescope
