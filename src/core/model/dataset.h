// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "model/datasetinfo.h"
#include "model/domain.h"
#include "model/entity.h"
#include "model/entitykind.h"
#include "model/keyindex.h"
#include "model/relationtype.h"
#include "model/source.h"
#include "model/strongid.h"
#include "model/tie.h"

namespace tiescope {

// The whole store in memory: its tables in insertion order, addressed by strong ids, and
// looked up by stable text key. It checks key uniqueness only; the rest of validation
// (dates, references, citations) is io/DatasetValidator's.
class Dataset final
{
public:
    DatasetInfo &info() { return m_info; }
    [[nodiscard]] const DatasetInfo &info() const { return m_info; }

    // Each add throws std::invalid_argument when the key is already taken.
    DomainId addDomain(Domain domain);
    KindId addKind(EntityKind kind);
    RelationId addRelation(RelationType relation);
    SourceId addSource(Source source);
    EntityId addEntity(Entity entity);
    TieId addTie(Tie tie);
    // Bulk loading in two steps, so the key index (random memory access per tie, a tenth of
    // loading a million ties) can be built on another thread while the caller reads on:
    // appendTieUnindexed adds without indexing; indexTies then indexes every tie and returns
    // the first one whose key repeats an earlier one (nothing is indexed after it). Until
    // indexTies has run, findTie and addTie must not be called; while it runs, only the ties'
    // citations may be changed (addCitation), nothing else.
    TieId appendTieUnindexed(Tie tie);
    [[nodiscard]] std::optional<TieId> indexTies();

    void reserve(std::size_t entities, std::size_t ties);

    // Additions that cannot break the key indexes, for readers that meet them later.
    void addAlias(EntityId entity, std::string alias) { m_entities.at(entity.index()).aliases.push_back(std::move(alias)); }
    void addCitation(EntityId entity, Citation citation)
    {
        m_entities.at(entity.index()).citations.push_back(std::move(citation));
    }
    void addCitation(TieId tie, Citation citation) { m_ties.at(tie.index()).citations.push_back(std::move(citation)); }

    // Edits in place (edit/DatasetPatcher), each keeping the key indexes right: a record
    // replaced (its key may change; std::invalid_argument when the new one is taken), the last
    // record removed, a record's citations replaced.
    void setSource(SourceId id, Source source);
    void setEntity(EntityId id, Entity entity);
    void setTie(TieId id, Tie tie);
    void popSource();
    void popEntity();
    void popTie();
    // Forgets a record's key while the row stays (to be compacted away): findX no longer finds
    // it and the key may be added again.
    void unindexSource(SourceId id);
    void unindexEntity(EntityId id);
    void unindexTie(TieId id);
    // Compaction in place (edit/DatasetCompactor): the rows at `order`'s old indexes are kept, in
    // that order, and the others dropped (each must have been unindexed); `moves[old]` is the
    // new index of every kept row. References into a reordered table are re-pointed by the
    // repoint calls, through the same moves.
    void reorderSources(const std::vector<std::size_t> &order, const std::vector<SourceId> &moves);
    void reorderEntities(const std::vector<std::size_t> &order, const std::vector<EntityId> &moves);
    void reorderTies(const std::vector<std::size_t> &order, const std::vector<TieId> &moves);
    void repointTieEnds(const std::vector<EntityId> &moves);
    void repointCitationSources(const std::vector<SourceId> &moves);
    void setCitations(EntityId entity, std::vector<Citation> citations)
    {
        m_entities.at(entity.index()).citations = std::move(citations);
    }
    void setCitations(TieId tie, std::vector<Citation> citations) { m_ties.at(tie.index()).citations = std::move(citations); }

    [[nodiscard]] const std::vector<Domain> &domains() const { return m_domains; }
    [[nodiscard]] const std::vector<EntityKind> &kinds() const { return m_kinds; }
    [[nodiscard]] const std::vector<RelationType> &relations() const { return m_relations; }
    [[nodiscard]] const std::vector<Source> &sources() const { return m_sources; }
    [[nodiscard]] const std::vector<Entity> &entities() const { return m_entities; }
    [[nodiscard]] const std::vector<Tie> &ties() const { return m_ties; }

    [[nodiscard]] const Domain &domain(DomainId id) const { return m_domains.at(id.index()); }
    [[nodiscard]] const EntityKind &kind(KindId id) const { return m_kinds.at(id.index()); }
    [[nodiscard]] const RelationType &relation(RelationId id) const { return m_relations.at(id.index()); }
    [[nodiscard]] const Source &source(SourceId id) const { return m_sources.at(id.index()); }
    [[nodiscard]] const Entity &entity(EntityId id) const { return m_entities.at(id.index()); }
    [[nodiscard]] const Tie &tie(TieId id) const { return m_ties.at(id.index()); }

    [[nodiscard]] std::optional<DomainId> findDomain(std::string_view key) const;
    [[nodiscard]] std::optional<KindId> findKind(std::string_view key) const;
    [[nodiscard]] std::optional<RelationId> findRelation(std::string_view key) const;
    [[nodiscard]] std::optional<SourceId> findSource(std::string_view key) const;
    [[nodiscard]] std::optional<EntityId> findEntity(std::string_view key) const;
    [[nodiscard]] std::optional<TieId> findTie(std::string_view key) const;

    // The tie's strength, or its relation type's default.
    [[nodiscard]] double strengthOf(const Tie &tie) const;
    // The vocabulary alone (domains, kinds, relations, with the info's language): what a new,
    // empty store starts from.
    [[nodiscard]] Dataset vocabulary() const;

private:
    DatasetInfo m_info;
    std::vector<Domain> m_domains;
    std::vector<EntityKind> m_kinds;
    std::vector<RelationType> m_relations;
    std::vector<Source> m_sources;
    std::vector<Entity> m_entities;
    std::vector<Tie> m_ties;
    KeyIndex m_domainKeys;
    KeyIndex m_kindKeys;
    KeyIndex m_relationKeys;
    KeyIndex m_sourceKeys;
    KeyIndex m_entityKeys;
    KeyIndex m_tieKeys;
};

} // namespace tiescope
