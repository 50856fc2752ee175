// SPDX-License-Identifier: MIT
#include "model/dataset.h"

#include <string>

namespace tiescope {

namespace {

template <typename Row>
auto keyOf(const std::vector<Row> &rows)
{
    return [&rows](std::uint32_t index) -> std::string_view { return rows[index].key; };
}

template <typename Id, typename Row>
Id append(std::vector<Row> &rows, KeyIndex &keys, Row row, const char *table)
{
    const auto index = static_cast<std::uint32_t>(rows.size());
    rows.push_back(std::move(row));
    if (!keys.insert(rows.back().key, index, keyOf(rows))) {
        const std::string message = std::string("duplicate ") + table + " id \"" + rows.back().key + "\"";
        rows.pop_back();
        throw std::invalid_argument(message);
    }
    return Id(index);
}

template <typename Row>
void replace(std::vector<Row> &rows, KeyIndex &keys, std::size_t index, Row row, const char *table)
{
    Row &at = rows.at(index);
    if (row.key != at.key) {
        if (keys.find(row.key, keyOf(rows)))
            throw std::invalid_argument(std::string("duplicate ") + table + " id \"" + row.key + "\"");
        keys.erase(at.key, keyOf(rows));
        at = std::move(row);
        keys.insert(at.key, static_cast<std::uint32_t>(index), keyOf(rows));
        return;
    }
    at = std::move(row);
}

template <typename Row>
void popBack(std::vector<Row> &rows, KeyIndex &keys)
{
    const auto index = static_cast<std::uint32_t>(rows.size() - 1);
    // Only when the index points at this row: an unindexed row's key may be another's now.
    if (keys.find(rows.back().key, keyOf(rows)) == index)
        keys.erase(rows.back().key, keyOf(rows));
    rows.pop_back();
}

template <typename Row>
void unindex(const std::vector<Row> &rows, KeyIndex &keys, std::size_t index)
{
    if (keys.find(rows.at(index).key, keyOf(rows)) == index)
        keys.erase(rows[index].key, keyOf(rows));
}

template <typename Id, typename Row>
void reorder(std::vector<Row> &rows, KeyIndex &keys, const std::vector<std::size_t> &order, const std::vector<Id> &moves)
{
    std::vector<Row> kept;
    kept.reserve(order.size());
    for (const std::size_t i : order)
        kept.push_back(std::move(rows.at(i)));
    rows = std::move(kept);
    keys.renumber([&moves](std::uint32_t row) {
        const Id moved = moves.at(row);
        if (!moved.isValid())
            throw std::logic_error("a dropped row is still indexed");
        return moved.value();
    });
}

void repoint(std::vector<Citation> &citations, const std::vector<SourceId> &moves)
{
    for (Citation &citation : citations)
        citation.source = moves.at(citation.source.index());
}

template <typename Id, typename Row>
std::optional<Id> lookup(const std::vector<Row> &rows, const KeyIndex &keys, std::string_view key)
{
    if (const auto index = keys.find(key, keyOf(rows)))
        return Id(*index);
    return std::nullopt;
}

} // namespace

DomainId Dataset::addDomain(Domain domain)
{
    return append<DomainId>(m_domains, m_domainKeys, std::move(domain), "domain");
}

KindId Dataset::addKind(EntityKind kind)
{
    return append<KindId>(m_kinds, m_kindKeys, std::move(kind), "kind");
}

RelationId Dataset::addRelation(RelationType relation)
{
    return append<RelationId>(m_relations, m_relationKeys, std::move(relation), "relation");
}

SourceId Dataset::addSource(Source source)
{
    return append<SourceId>(m_sources, m_sourceKeys, std::move(source), "source");
}

EntityId Dataset::addEntity(Entity entity)
{
    return append<EntityId>(m_entities, m_entityKeys, std::move(entity), "entity");
}

TieId Dataset::addTie(Tie tie)
{
    return append<TieId>(m_ties, m_tieKeys, std::move(tie), "tie");
}

void Dataset::setSource(SourceId id, Source source)
{
    replace(m_sources, m_sourceKeys, id.index(), std::move(source), "source");
}

void Dataset::setEntity(EntityId id, Entity entity)
{
    replace(m_entities, m_entityKeys, id.index(), std::move(entity), "entity");
}

void Dataset::setTie(TieId id, Tie tie)
{
    replace(m_ties, m_tieKeys, id.index(), std::move(tie), "tie");
}

void Dataset::reorderSources(const std::vector<std::size_t> &order, const std::vector<SourceId> &moves)
{
    reorder(m_sources, m_sourceKeys, order, moves);
}

void Dataset::reorderEntities(const std::vector<std::size_t> &order, const std::vector<EntityId> &moves)
{
    reorder(m_entities, m_entityKeys, order, moves);
}

void Dataset::reorderTies(const std::vector<std::size_t> &order, const std::vector<TieId> &moves)
{
    reorder(m_ties, m_tieKeys, order, moves);
}

void Dataset::repointTieEnds(const std::vector<EntityId> &moves)
{
    for (Tie &tie : m_ties) {
        tie.from = moves.at(tie.from.index());
        tie.to = moves.at(tie.to.index());
    }
}

void Dataset::repointCitationSources(const std::vector<SourceId> &moves)
{
    for (Entity &entity : m_entities)
        repoint(entity.citations, moves);
    for (Tie &tie : m_ties)
        repoint(tie.citations, moves);
}

void Dataset::popSource()
{
    popBack(m_sources, m_sourceKeys);
}

void Dataset::popEntity()
{
    popBack(m_entities, m_entityKeys);
}

void Dataset::popTie()
{
    popBack(m_ties, m_tieKeys);
}

void Dataset::unindexSource(SourceId id)
{
    unindex(m_sources, m_sourceKeys, id.index());
}

void Dataset::unindexEntity(EntityId id)
{
    unindex(m_entities, m_entityKeys, id.index());
}

void Dataset::unindexTie(TieId id)
{
    unindex(m_ties, m_tieKeys, id.index());
}

TieId Dataset::appendTieUnindexed(Tie tie)
{
    m_ties.push_back(std::move(tie));
    return TieId(static_cast<std::uint32_t>(m_ties.size() - 1));
}

std::optional<TieId> Dataset::indexTies()
{
    m_tieKeys.clear();
    m_tieKeys.reserve(m_ties.size());
    const auto keys = keyOf(m_ties);
    for (std::size_t i = 0; i < m_ties.size(); ++i) {
        if (!m_tieKeys.insert(m_ties[i].key, static_cast<std::uint32_t>(i), keys))
            return TieId(static_cast<std::uint32_t>(i));
    }
    return std::nullopt;
}

void Dataset::reserve(std::size_t entities, std::size_t ties)
{
    m_entities.reserve(entities);
    m_entityKeys.reserve(entities);
    m_ties.reserve(ties);
    m_tieKeys.reserve(ties);
}

std::optional<DomainId> Dataset::findDomain(std::string_view key) const
{
    return lookup<DomainId>(m_domains, m_domainKeys, key);
}
std::optional<KindId> Dataset::findKind(std::string_view key) const
{
    return lookup<KindId>(m_kinds, m_kindKeys, key);
}
std::optional<RelationId> Dataset::findRelation(std::string_view key) const
{
    return lookup<RelationId>(m_relations, m_relationKeys, key);
}
std::optional<SourceId> Dataset::findSource(std::string_view key) const
{
    return lookup<SourceId>(m_sources, m_sourceKeys, key);
}
std::optional<EntityId> Dataset::findEntity(std::string_view key) const
{
    return lookup<EntityId>(m_entities, m_entityKeys, key);
}
std::optional<TieId> Dataset::findTie(std::string_view key) const
{
    return lookup<TieId>(m_ties, m_tieKeys, key);
}

double Dataset::strengthOf(const Tie &tie) const
{
    if (tie.strength)
        return *tie.strength;
    return relation(tie.relation).defaultStrength;
}

Dataset Dataset::vocabulary() const
{
    Dataset result;
    result.info().language = m_info.language;
    for (const Domain &domain : m_domains)
        result.addDomain(domain);
    for (const EntityKind &kind : m_kinds)
        result.addKind(kind);
    for (const RelationType &relation : m_relations)
        result.addRelation(relation);
    return result;
}

} // namespace tiescope
