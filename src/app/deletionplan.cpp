// SPDX-License-Identifier: MIT
#include "app/deletionplan.h"

#include <QCoreApplication>

#include "app/formtext.h"
#include "app/selection.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeletionPlan", text);
}

QString counted(std::size_t n, const char *one, const char *many)
{
    const QString text = tr(n == 1 ? one : many);
    return text.contains(QLatin1String("%1")) ? text.arg(n) : text;
}

} // namespace

DeletionPlan::DeletionPlan(const TieGraph &graph, const Selection &selection)
    : m_graph(graph),
      m_entities(selection.entities())
{
    const Dataset &data = graph.dataset();
    for (const EntityId entity : m_entities) {
        m_citations += data.entity(entity).citations.size();
        for (const TieGraph::Incidence &incidence : graph.incidences(entity))
            m_ties.insert(incidence.tie);
    }
    for (const TieId tie : selection.ties()) {
        if (m_ties.insert(tie).second)
            m_selectedTies.insert(tie);
    }
    for (const TieId tie : m_ties)
        m_citations += data.tie(tie).citations.size();
}

QString DeletionPlan::question() const
{
    return tr("Delete %1, %2 and %3?")
        .arg(counted(m_entities.size(), "%1 entity", "%1 entities"), counted(m_ties.size(), "%1 tie", "%1 ties"),
             counted(m_citations, "%1 citation", "%1 citations"));
}

QStringList DeletionPlan::lines(int limit) const
{
    const Dataset &data = m_graph.dataset();
    QStringList lines;
    for (const EntityId entity : m_entities) {
        const Entity &e = data.entity(entity);
        lines << tr("Entity %1 (%2), with %3")
                     .arg(FormText::of(e.name), FormText::of(e.key),
                          counted(e.citations.size(), "its citation", "%1 citations of its own"));
    }
    for (const TieId tie : m_ties) {
        const Tie &t = data.tie(tie);
        const QString line = tr("Tie %1 → %2, %3 (%4), with %5")
                                 .arg(FormText::of(data.entity(t.from).name), FormText::of(data.entity(t.to).name),
                                      FormText::of(data.relation(t.relation).label), FormText::of(t.key),
                                      counted(t.citations.size(), "its citation", "%1 citations"));
        lines << (m_selectedTies.count(tie) != 0 ? line : tr("  %1").arg(line));
    }
    if (limit >= 0 && lines.size() > limit) {
        const qsizetype more = lines.size() - limit;
        lines.resize(limit);
        lines << tr("… and %1 more").arg(more);
    }
    return lines;
}

ChangeSet DeletionPlan::changeSet() const
{
    const Dataset &data = m_graph.dataset();
    QStringList named;
    ChangeSet changes;
    // Ties the analyst picked on their own first; an entity's go with it (the store expands).
    for (const TieId tie : m_selectedTies) {
        changes.remove(RecordTable::Ties, data.tie(tie).key);
        named << FormText::of(data.tie(tie).key);
    }
    for (const EntityId entity : m_entities) {
        changes.remove(RecordTable::Entities, data.entity(entity).key);
        named << FormText::of(data.entity(entity).key);
    }
    changes.setLabel((named.size() == 1 ? QStringLiteral("delete %1").arg(named.front())
                                        : QStringLiteral("delete %1 records").arg(named.size()))
                         .toStdString());
    return changes;
}

} // namespace tiescope
