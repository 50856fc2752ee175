// SPDX-License-Identifier: MIT
#pragma once

// A Dataset as canonical text: every table's rows in order with their ids, keys, fields, row
// ids and citations, and whether each key finds its own row, so that two datasets that should
// be equal (one patched in memory, one loaded from the store) can be compared and their
// difference read. And a TieGraph's incidences and facts against one built afresh.
#include <sstream>
#include <string>

#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope::fixtures {

inline std::string dumpDataset(const Dataset &data)
{
    std::ostringstream out;
    const auto date = [](const auto &d) { return d ? d->toString() : std::string("-"); };
    const auto citations = [&](const std::vector<Citation> &list) {
        for (const Citation &c : list)
            out << " [" << data.source(c.source).key << " " << c.locator << " " << c.grade.toString() << " " << c.quote
                << " #" << c.rowId << "]";
    };
    const DatasetInfo &info = data.info();
    out << "info " << info.title << "|" << info.version << "|" << info.description << "|" << info.language << "\n";
    for (const Domain &d : data.domains())
        out << "domain " << d.key << "\n";
    for (const EntityKind &k : data.kinds())
        out << "kind " << k.key << "\n";
    for (const RelationType &r : data.relations())
        out << "relation " << r.key << "\n";
    for (std::size_t i = 0; i < data.sources().size(); ++i) {
        const Source &s = data.sources()[i];
        out << "source " << i << " " << s.key << "|" << s.title << "|" << s.author << "|" << s.publisher << "|"
            << date(s.date) << "|" << s.kind << "|" << s.url << "|" << date(s.retrieved) << "|" << s.archiveUrl << " #"
            << s.rowId << (data.findSource(s.key) == SourceId(i) ? "" : " (key lost)") << "\n";
    }
    for (std::size_t i = 0; i < data.entities().size(); ++i) {
        const Entity &e = data.entities()[i];
        out << "entity " << i << " " << e.key << "|" << e.name << "|" << data.kind(e.kind).key << "|" << e.country
            << "|" << e.description << " #" << e.rowId << (data.findEntity(e.key) == EntityId(i) ? "" : " (key lost)")
            << " aliases:";
        for (const std::string &alias : e.aliases)
            out << " " << alias;
        citations(e.citations);
        out << "\n";
    }
    for (std::size_t i = 0; i < data.ties().size(); ++i) {
        const Tie &t = data.ties()[i];
        out << "tie " << i << " " << t.key << "|" << t.from.index() << ">" << t.to.index() << "|"
            << data.domain(t.domain).key << "|" << data.relation(t.relation).key << "|" << date(t.start) << "|"
            << date(t.end) << "|" << toString(t.status) << "|" << (t.strength ? std::to_string(*t.strength) : "-")
            << "|" << t.note << " #" << t.rowId << (data.findTie(t.key) == TieId(i) ? "" : " (key lost)");
        citations(t.citations);
        out << "\n";
    }
    return out.str();
}

// The graph as its users see it: each entity's incidences and each tie's facts.
inline std::string dumpGraph(const TieGraph &graph)
{
    std::ostringstream out;
    out << graph.entityCount() << " entities, " << graph.tieCount() << " ties\n";
    for (std::size_t i = 0; i < graph.entityCount(); ++i) {
        out << i << ":";
        for (const TieGraph::Incidence &incidence : graph.incidences(EntityId(i)))
            out << " " << (incidence.outgoing ? ">" : "<") << incidence.tie.index() << "@" << incidence.other.index();
        out << "\n";
    }
    for (const TieGraph::TieFacts &f : graph.facts())
        out << f.from << ">" << f.to << " " << f.firstDay << ".." << f.lastDay << " d" << f.domain << " s"
            << static_cast<int>(f.status) << "\n";
    return out.str();
}

} // namespace tiescope::fixtures
