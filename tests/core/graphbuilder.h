// SPDX-License-Identifier: MIT
#pragma once

// Builds small hand-made graphs for the analytics tests: entities are created on first
// mention, relation types give the dependency direction ("dep-from": from depends on to,
// "dep-to": to depends on from, "mutual", "none"), each tie has a strength and a grade.

#include <string>

#include "model/dataset.h"

namespace tiescope::fixtures {

class GraphBuilder final
{
public:
    GraphBuilder()
    {
        m_data.addDomain(Domain{"energy", "Energy", "#111111"});
        m_data.addDomain(Domain{"arms", "Arms", "#222222"});
        m_data.addKind(EntityKind{"thing", "thing"});
        m_data.addRelation(RelationType{"dep-from", "depends on", "", true, Dependence::From, 0.5});
        m_data.addRelation(RelationType{"dep-to", "is depended on by", "", true, Dependence::To, 0.5});
        m_data.addRelation(RelationType{"mutual", "mutual", "", false, Dependence::Mutual, 0.5});
        m_data.addRelation(RelationType{"none", "none", "", true, Dependence::None, 0.5});
        m_source = m_data.addSource(Source{"src", "Source", "", "", std::nullopt, "", ""});
    }

    EntityId entity(const std::string &key)
    {
        if (const auto id = m_data.findEntity(key))
            return *id;
        Entity e;
        e.key = key;
        e.name = key;
        e.kind = KindId(0);
        return m_data.addEntity(std::move(e));
    }

    TieId tie(const std::string &from, const std::string &to, const char *relation = "dep-from", double strength = 1.0,
              const char *grade = "A1", const char *domain = "energy", const char *start = nullptr,
              const char *end = nullptr)
    {
        Tie t;
        t.key = from + "-" + to + "-" + std::to_string(m_data.ties().size());
        t.from = entity(from);
        t.to = entity(to);
        t.domain = *m_data.findDomain(domain);
        t.relation = *m_data.findRelation(relation);
        t.strength = strength;
        if (start)
            t.start = EdtfDate::parse(start);
        if (end)
            t.end = EdtfDate::parse(end);
        t.citations.push_back(Citation{m_source, "", *Grade::parse(grade)});
        return m_data.addTie(std::move(t));
    }

    Dataset &data() { return m_data; }

private:
    Dataset m_data;
    SourceId m_source;
};

} // namespace tiescope::fixtures
