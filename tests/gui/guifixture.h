// SPDX-License-Identifier: MIT
#pragma once

// The data the GUI tests drive the window with: the core's small fixture, but with a distinct
// colour per domain (so exports can be checked by pixel), a source with a web address, and a
// note that carries markup which must be shown, never interpreted.
//   gpn-owns-nis        gazprom-neft -> nis     energy       confirmed 2008..       B2 (note has <b>, <img>)
//   russia-owns-gpn     russia -> gazprom-neft  energy       confirmed undated      C3
//   nis-supplies-serbia nis -> serbia           energy       confirmed 2008..       B2
//   serbia-buys-mig     serbia -> mig-29        arms         confirmed 2017-10..    A1
//   russia-makes-mig    russia -> mig-29        arms         confirmed undated      C3
//   serbia-pfp          serbia -> nato          diplomacy    confirmed 2006-12-14.. B2
//   russia-serbia-intel russia -> serbia        intelligence alleged   2015..2020   D4
//   russia-serbia-dipl  russia -> serbia        diplomacy    ended     1807..1807   C2
//   eu-serbia-planned   eu -> serbia            economy      planned   2027..       C3

#include <QDir>
#include <QString>

#include "model/dataset.h"
#include "store/store.h"

namespace tiescope::guifixture {

inline constexpr const char *EnergyColour = "#d55e00";
inline constexpr const char *ArmsColour = "#0072b2";
inline constexpr const char *DiplomacyColour = "#007d5a";
inline constexpr const char *MarkupNote = "Owned via a <b>majority</b> stake <img src=\"http://example.invalid/x.png\">";
inline constexpr const char *SourceTitle = "Russian-Serbian ties: a test source";

inline Dataset make()
{
    Dataset d;
    d.info() = DatasetInfo{"GUI fixture", "0.1", "small test data for the window", ""};
    d.addDomain(Domain{"energy", "Energy", EnergyColour});
    d.addDomain(Domain{"arms", "Arms", ArmsColour});
    d.addDomain(Domain{"intelligence", "Intelligence", "#333333"});
    d.addDomain(Domain{"diplomacy", "Diplomacy", DiplomacyColour});
    d.addDomain(Domain{"economy", "Economy", "#a66f00"});
    for (const char *key : {"state", "company", "weapon-system", "organisation"})
        d.addKind(EntityKind{key, key});
    d.addRelation(RelationType{"owns", "owns", "holds a stake in", true, Dependence::To, 0.9});
    d.addRelation(RelationType{"supplies", "supplies", "", true, Dependence::To, 0.7});
    d.addRelation(RelationType{"procures", "procures", "", true, Dependence::From, 0.6});
    d.addRelation(RelationType{"cooperates-with", "cooperates with", "", false, Dependence::Mutual, 0.4});
    const SourceId src = d.addSource(Source{"src", SourceTitle, "A. Author", "A Publisher", PartialDate::parse("2025"),
                                            "analysis article", "https://example.org/article"});
    const SourceId bad = d.addSource(Source{"bad", "A file source", "", "", std::nullopt, "note", "file:///etc/passwd"});
    const auto entity = [&d, src](const char *key, const char *name, const char *kind) {
        Entity e;
        e.key = key;
        e.name = name;
        e.kind = *d.findKind(kind);
        e.description = std::string("About ") + name + ".";
        e.citations.push_back(Citation{src, "Introduction", *Grade::parse("B2")});
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
                         TieStatus status, const char *start, const char *end, const char *grade, const char *note,
                         SourceId source) {
        Tie t;
        t.key = key;
        t.from = *d.findEntity(from);
        t.to = *d.findEntity(to);
        t.domain = *d.findDomain(domain);
        t.relation = *d.findRelation(relation);
        t.status = status;
        t.start = start ? EdtfDate::parse(start) : std::nullopt;
        t.end = end ? EdtfDate::parse(end) : std::nullopt;
        t.note = note;
        t.citations.push_back(Citation{source, std::string("Section on ") + key, *Grade::parse(grade)});
        d.addTie(std::move(t));
    };
    const auto C = TieStatus::Confirmed;
    tie("gpn-owns-nis", "gazprom-neft", "nis", "energy", "owns", C, "2008", nullptr, "B2", MarkupNote, src);
    tie("russia-owns-gpn", "russia", "gazprom-neft", "energy", "owns", C, nullptr, nullptr, "C3", "", src);
    tie("nis-supplies-serbia", "nis", "serbia", "energy", "supplies", C, "2008", nullptr, "B2", "", src);
    tie("serbia-buys-mig", "serbia", "mig-29", "arms", "procures", C, "2017-10", nullptr, "A1", "", src);
    tie("russia-makes-mig", "russia", "mig-29", "arms", "supplies", C, nullptr, nullptr, "C3", "", bad);
    tie("serbia-pfp", "serbia", "nato", "diplomacy", "cooperates-with", C, "2006-12-14", nullptr, "B2", "", src);
    tie("russia-serbia-intel", "russia", "serbia", "intelligence", "cooperates-with", TieStatus::Alleged, "2015",
        "2020", "D4", "", src);
    tie("russia-serbia-dipl", "russia", "serbia", "diplomacy", "cooperates-with", TieStatus::Ended, "1807", "1807",
        "C2", "", src);
    tie("eu-serbia-planned", "eu", "serbia", "economy", "supplies", TieStatus::Planned, "2027", nullptr, "C3", "", src);
    return d;
}

// Writes the fixture as a store into `dir` and returns its path.
inline QString writeStore(const QDir &dir, const QString &name = QStringLiteral("fixture.db"))
{
    const QString path = dir.filePath(name);
    QFile::remove(path);
    Store store = Store::open(path.toStdString(), Store::Mode::Create);
    store.write(make());
    return path;
}

} // namespace tiescope::guifixture
