// SPDX-License-Identifier: MIT
#include "io/gexfwriter.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "io/interchangefields.h"
#include "io/xmlstreamwriter.h"
#include "model/dataset.h"
#include "model/tiedates.h"

namespace tiescope {

namespace {

struct Attribute
{
    const char *id;
    const char *type; // GEXF attribute type
};

constexpr Attribute NodeAttributes[] = {
    {"kind", "string"}, {"country", "string"}, {"aliases", "string"}, {"description", "string"}, {"citations", "string"}};
constexpr Attribute EdgeAttributes[] = {
    {"relation", "string"}, {"domain", "string"},     {"start", "string"},      {"end", "string"},
    {"status", "string"},   {"strength", "double"},   {"grade", "string"},      {"sources", "string"},
    {"citations", "string"}, {"note", "string"},      {"undated", "boolean"},   {"end_open", "boolean"},
    {"end_unknown", "boolean"}};

void declare(XmlStreamWriter &xml, const char *forClass, const Attribute *first, const Attribute *last)
{
    xml.start("attributes");
    xml.attribute("class", forClass);
    xml.attribute("mode", "static");
    for (const Attribute *a = first; a != last; ++a) {
        xml.start("attribute");
        xml.attribute("id", a->id);
        xml.attribute("title", a->id);
        xml.attribute("type", a->type);
        xml.end();
    }
    xml.end();
}

void value(XmlStreamWriter &xml, const char *id, const std::string &text)
{
    xml.start("attvalue");
    xml.attribute("for", id);
    xml.attribute("value", text);
    xml.end();
}

// "#d55e00" -> r, g, b; false when the colour is not of that form.
bool rgb(const std::string &colour, unsigned &r, unsigned &g, unsigned &b)
{
    return colour.size() == 7 && colour[0] == '#' && std::sscanf(colour.c_str() + 1, "%2x%2x%2x", &r, &g, &b) == 3;
}

void spell(XmlStreamWriter &xml, const Tie &tie, std::int32_t asOfDay)
{
    const TieDates dates = tie.dates();
    xml.start("spells");
    xml.start("spell");
    if (dates.startEarliest() != DateInterval::Min)
        xml.attribute("start", InterchangeFields::isoDay(dates.startEarliest()));
    // An open or unknown end stops at the as-of day, or at the start for a tie yet to begin.
    std::int32_t end = dates.endLatest();
    if (end == DateInterval::Max)
        end = dates.startEarliest() == DateInterval::Min ? asOfDay : std::max(asOfDay, dates.startEarliest());
    xml.attribute("end", InterchangeFields::isoDay(end));
    xml.end();
    xml.end();
}

} // namespace

void GexfWriter::write(const GraphView &view, const Options &options, std::ostream &out)
{
    const Dataset &data = view.graph().dataset();
    const bool v13 = options.version == Version::V1_3;
    const bool placed = options.positions.size() == data.entities().size() && !options.positions.empty();
    const char *ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
    XmlStreamWriter xml(out);
    xml.start("gexf");
    xml.attribute("xmlns", ns);
    xml.attribute("xmlns:viz", std::string(ns) + "/viz");
    xml.attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.attribute("xsi:schemaLocation", std::string(ns) + " " + ns + "/gexf.xsd");
    xml.attribute("version", v13 ? "1.3" : "1.2");
    xml.start("meta");
    xml.attribute("lastmodifieddate", InterchangeFields::isoDay(options.asOfDay));
    xml.start("creator");
    xml.text(options.creator);
    xml.end();
    xml.start("description");
    xml.text(data.info().title);
    xml.end();
    xml.end();

    xml.start("graph");
    xml.attribute("defaultedgetype", "directed");
    xml.attribute("mode", "dynamic");
    xml.attribute("timeformat", "date");
    declare(xml, "node", std::begin(NodeAttributes), std::end(NodeAttributes));
    declare(xml, "edge", std::begin(EdgeAttributes), std::end(EdgeAttributes));

    xml.start("nodes");
    for (const EntityId id : view.visibleEntities()) {
        const Entity &entity = data.entity(id);
        xml.start("node");
        xml.attribute("id", entity.key);
        xml.attribute("label", entity.name);
        xml.start("attvalues");
        value(xml, "kind", data.kind(entity.kind).key);
        value(xml, "country", entity.country);
        value(xml, "aliases", InterchangeFields::joined(entity.aliases));
        value(xml, "description", entity.description);
        if (!entity.citations.empty())
            value(xml, "citations", InterchangeFields::citations(data, entity.citations));
        xml.end();
        if (placed) {
            xml.start("viz:position");
            xml.attribute("x", InterchangeFields::number(options.positions[id.index()].x));
            xml.attribute("y", InterchangeFields::number(options.positions[id.index()].y));
            xml.attribute("z", "0");
            xml.end();
        }
        xml.end();
    }
    xml.end();

    xml.start("edges");
    for (const TieId id : view.visibleTies()) {
        const Tie &tie = data.tie(id);
        const Domain &domain = data.domain(tie.domain);
        xml.start("edge");
        xml.attribute("id", tie.key);
        xml.attribute("source", data.entity(tie.from).key);
        xml.attribute("target", data.entity(tie.to).key);
        xml.attribute("label", data.relation(tie.relation).label);
        xml.attribute("weight", InterchangeFields::number(data.strengthOf(tie)));
        xml.start("attvalues");
        value(xml, "relation", data.relation(tie.relation).key);
        value(xml, "domain", domain.key);
        value(xml, "start", tie.start ? tie.start->toString() : std::string());
        value(xml, "end", tie.end ? tie.end->toString() : std::string());
        value(xml, "status", std::string(toString(tie.status)));
        value(xml, "strength", InterchangeFields::number(data.strengthOf(tie)));
        value(xml, "grade", tie.bestGrade().toString());
        value(xml, "sources", InterchangeFields::sources(data, tie.citations));
        value(xml, "citations", InterchangeFields::citations(data, tie.citations));
        value(xml, "note", tie.note);
        value(xml, "undated", tie.isUndated() ? "true" : "false");
        value(xml, "end_open", tie.end && tie.end->isOpen() ? "true" : "false");
        value(xml, "end_unknown", !tie.isUndated() && !tie.end ? "true" : "false");
        xml.end();
        if (!tie.isUndated())
            spell(xml, tie, options.asOfDay);
        unsigned r = 0, g = 0, b = 0;
        if (rgb(domain.colour, r, g, b)) {
            xml.start("viz:color");
            xml.attribute("r", std::to_string(r));
            xml.attribute("g", std::to_string(g));
            xml.attribute("b", std::to_string(b));
            xml.end();
        }
        xml.end();
    }
    xml.end();
    xml.end();
    xml.finish();
}

} // namespace tiescope
