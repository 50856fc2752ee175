// SPDX-License-Identifier: MIT
#include "io/graphmlwriter.h"

#include <string>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/interchangefields.h"
#include "io/xmlstreamwriter.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

struct Key
{
    const char *id;
    const char *domain;         // "node" or "edge"
    const char *type;           // GraphML attr.type
    const char *name = nullptr; // attr.name when it is not the id: key ids are one namespace for nodes and edges
};

constexpr const char *EntityCitations = "entity_citations";
constexpr Key NodeKeys[] = {{"label", "node", "string"},   {"kind", "node", "string"},
                            {"country", "node", "string"}, {"aliases", "node", "string"},
                            {"description", "node", "string"}, {EntityCitations, "node", "string", "citations"}};
constexpr Key PositionKeys[] = {{"x", "node", "double"}, {"y", "node", "double"}};
constexpr Key EdgeKeys[] = {{"relation", "edge", "string"}, {"domain", "edge", "string"},
                            {"start", "edge", "string"},    {"end", "edge", "string"},
                            {"status", "edge", "string"},   {"strength", "edge", "double"},
                            {"grade", "edge", "string"},    {"sources", "edge", "string"},
                            {"citations", "edge", "string"}, {"note", "edge", "string"}};

void declare(XmlStreamWriter &xml, const Key &key)
{
    xml.start("key");
    xml.attribute("id", key.id);
    xml.attribute("for", key.domain);
    xml.attribute("attr.name", key.name ? key.name : key.id);
    xml.attribute("attr.type", key.type);
    xml.end();
}

void putData(XmlStreamWriter &xml, const char *key, const std::string &value)
{
    xml.start("data");
    xml.attribute("key", key);
    xml.text(value);
    xml.end();
}

} // namespace

void GraphmlWriter::write(const GraphView &view, const std::vector<Point> &positions, std::ostream &out)
{
    const Dataset &data = view.graph().dataset();
    const bool placed = positions.size() == data.entities().size() && !positions.empty();
    XmlStreamWriter xml(out);
    xml.start("graphml");
    xml.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.attribute("xsi:schemaLocation",
                  "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
    for (const Key &key : NodeKeys)
        declare(xml, key);
    if (placed) {
        for (const Key &key : PositionKeys)
            declare(xml, key);
    }
    for (const Key &key : EdgeKeys)
        declare(xml, key);
    xml.start("graph");
    xml.attribute("id", data.info().title.empty() ? std::string("tiescope") : data.info().title);
    xml.attribute("edgedefault", "directed");
    for (const EntityId id : view.visibleEntities()) {
        const Entity &entity = data.entity(id);
        xml.start("node");
        xml.attribute("id", entity.key);
        putData(xml, "label", entity.name);
        putData(xml, "kind", data.kind(entity.kind).key);
        putData(xml, "country", entity.country);
        putData(xml, "aliases", InterchangeFields::joined(entity.aliases));
        putData(xml, "description", entity.description);
        if (!entity.citations.empty())
            putData(xml, EntityCitations, InterchangeFields::citations(data, entity.citations));
        if (placed) {
            putData(xml, "x", InterchangeFields::number(positions[id.index()].x));
            putData(xml, "y", InterchangeFields::number(positions[id.index()].y));
        }
        xml.end();
    }
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        xml.start("edge");
        xml.attribute("id", tie.key);
        xml.attribute("source", data.entity(tie.from).key);
        xml.attribute("target", data.entity(tie.to).key);
        putData(xml, "relation", data.relation(tie.relation).key);
        putData(xml, "domain", data.domain(tie.domain).key);
        // Only what the source says: an unknown side is left out, not guessed.
        if (tie.start)
            putData(xml, "start", tie.start->toString());
        if (tie.end)
            putData(xml, "end", tie.end->toString());
        putData(xml, "status", std::string(toString(tie.status)));
        putData(xml, "strength", InterchangeFields::number(data.strengthOf(tie)));
        putData(xml, "grade", tie.bestGrade().toString());
        putData(xml, "sources", InterchangeFields::sources(data, tie.citations));
        putData(xml, "citations", InterchangeFields::citations(data, tie.citations));
        putData(xml, "note", tie.note);
        xml.end();
    }
    xml.finish();
}

} // namespace tiescope
