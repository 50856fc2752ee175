// SPDX-License-Identifier: MIT
#pragma once

// A small hand-made dataset shared by the core tests. Entities: serbia, russia, nis,
// gazprom-neft, mig-29, nato, eu. Ties (domain, status, dates, grade):
//   gpn-owns-nis        gazprom-neft -> nis        energy   confirmed 2008..       B2
//   russia-owns-gpn     russia -> gazprom-neft     energy   confirmed ..           C3
//   nis-supplies-serbia nis -> serbia              energy   confirmed 2008..       B2
//   serbia-buys-mig     serbia -> mig-29           arms     confirmed 2017-10..    B2
//   russia-makes-mig    russia -> mig-29           arms     confirmed ..           C3
//   serbia-pfp          serbia -> nato             diplomacy confirmed 2006-12-14.. B2
//   russia-serbia-intel russia -> serbia           intelligence alleged 2015..2020 D4
//   russia-serbia-dipl  russia -> serbia           diplomacy confirmed 1807..1807  C2
//   eu-serbia-planned   eu -> serbia               economy  planned  2027..        C3

#include "model/dataset.h"

namespace tiescope::fixtures {

inline Citation cite(SourceId source, const char *grade)
{
    return Citation{source, "Section", *Grade::parse(grade)};
}

inline std::optional<PartialDate> date(const char *text)
{
    return PartialDate::parse(text);
}

inline Dataset makeSmallFixture()
{
    Dataset d;
    d.info() = DatasetInfo{"Fixture", "0.1", "small test data", ""};
    for (const char *key : {"energy", "arms", "intelligence", "diplomacy", "economy"})
        d.addDomain(Domain{key, key, "#112233"});
    for (const char *key : {"state", "company", "weapon-system", "organisation"})
        d.addKind(EntityKind{key, key});
    d.addRelation(RelationType{"owns", "owns", "", true, Dependence::To, 0.9});
    d.addRelation(RelationType{"supplies", "supplies", "", true, Dependence::To, 0.7});
    d.addRelation(RelationType{"procures", "procures", "", true, Dependence::From, 0.6});
    d.addRelation(RelationType{"cooperates-with", "cooperates with", "", false, Dependence::Mutual, 0.4});
    const SourceId src = d.addSource(Source{"src", "A source", "Someone", "", date("2025"), "analysis article", ""});
    const auto entity = [&d](const char *key, const char *name, const char *kind) {
        Entity e;
        e.key = key;
        e.name = name;
        e.kind = *d.findKind(kind);
        return d.addEntity(std::move(e));
    };
    entity("serbia", "Serbia", "state");
    entity("russia", "Russia", "state");
    entity("nis", "NIS", "company");
    entity("gazprom-neft", "Gazprom Neft", "company");
    entity("mig-29", "MiG-29", "weapon-system");
    entity("nato", "NATO", "organisation");
    entity("eu", "European Union", "organisation");
    const auto tie = [&](const char *key, const char *from, const char *to, const char *domain, const char *relation,
                         TieStatus status, const char *start, const char *end, const char *grade) {
        Tie t;
        t.key = key;
        t.from = *d.findEntity(from);
        t.to = *d.findEntity(to);
        t.domain = *d.findDomain(domain);
        t.relation = *d.findRelation(relation);
        t.status = status;
        t.start = start ? EdtfDate::exactly(date(start)) : std::nullopt;
        t.end = end ? EdtfDate::exactly(date(end)) : std::nullopt;
        t.citations.push_back(cite(src, grade));
        d.addTie(std::move(t));
    };
    tie("gpn-owns-nis", "gazprom-neft", "nis", "energy", "owns", TieStatus::Confirmed, "2008", nullptr, "B2");
    tie("russia-owns-gpn", "russia", "gazprom-neft", "energy", "owns", TieStatus::Confirmed, nullptr, nullptr, "C3");
    tie("nis-supplies-serbia", "nis", "serbia", "energy", "supplies", TieStatus::Confirmed, "2008", nullptr, "B2");
    tie("serbia-buys-mig", "serbia", "mig-29", "arms", "procures", TieStatus::Confirmed, "2017-10", nullptr, "B2");
    tie("russia-makes-mig", "russia", "mig-29", "arms", "supplies", TieStatus::Confirmed, nullptr, nullptr, "C3");
    tie("serbia-pfp", "serbia", "nato", "diplomacy", "cooperates-with", TieStatus::Confirmed, "2006-12-14", nullptr, "B2");
    tie("russia-serbia-intel", "russia", "serbia", "intelligence", "cooperates-with", TieStatus::Alleged, "2015", "2020",
        "D4");
    tie("russia-serbia-dipl", "russia", "serbia", "diplomacy", "cooperates-with", TieStatus::Confirmed, "1807", "1807",
        "C2");
    tie("eu-serbia-planned", "eu", "serbia", "economy", "supplies", TieStatus::Planned, "2027", nullptr, "C3");
    return d;
}

} // namespace tiescope::fixtures
