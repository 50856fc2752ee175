// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "model/strongid.h"
#include "model/tiestatus.h"

namespace tiescope {

class Dataset;
struct BoostGraphHolder;

// The dataset's entities and ties as a Boost.Graph bidirectional adjacency_list: one vertex
// per entity, one edge per tie (parallel ties stay separate edges). The Boost types stay
// behind this class; callers speak in EntityId and TieId. The dataset must outlive it.
class TieGraph final
{
public:
    // One incident tie as seen from an entity.
    struct Incidence
    {
        TieId tie;
        EntityId other;
        bool outgoing; // true when the entity is the tie's "from"
    };

    // Compact per-tie facts, kept contiguous so that filtering a million ties stays cheap.
    struct TieFacts
    {
        std::int32_t firstDay;
        std::int32_t lastDay;
        std::uint32_t from;
        std::uint32_t to;
        std::uint16_t domain;
        TieStatus status;
        std::uint8_t undated = 0; // neither start nor end: firstDay..lastDay is all time
    };

    explicit TieGraph(const Dataset &dataset);
    ~TieGraph();
    TieGraph(TieGraph &&) noexcept;
    TieGraph &operator=(TieGraph &&) noexcept;
    TieGraph(const TieGraph &) = delete;
    TieGraph &operator=(const TieGraph &) = delete;

    [[nodiscard]] const Dataset &dataset() const { return *m_dataset; }
    [[nodiscard]] std::size_t entityCount() const;
    [[nodiscard]] std::size_t tieCount() const;

    // All ties touching the entity, outgoing first, in tie order within each group.
    [[nodiscard]] std::vector<Incidence> incidences(EntityId entity) const;
    [[nodiscard]] std::vector<TieId> outTies(EntityId entity) const;
    [[nodiscard]] std::vector<TieId> inTies(EntityId entity) const;
    [[nodiscard]] std::vector<TieId> tiesBetween(EntityId a, EntityId b) const; // either direction

    [[nodiscard]] const std::vector<TieFacts> &facts() const { return m_facts; }

    // Following an edit of the dataset in place (DatasetPatcher), step by step: the dataset's
    // new last entity or tie, its last one gone (an entity only once its ties are), or a tie
    // whose fields changed (its facts again, its edge re-pointed when its ends moved).
    void appendEntity();
    void popEntity();
    void appendTie();
    void popTie();
    void updateTie(TieId tie);

    // For core algorithms that run Boost.Graph directly (graph/boostgraph.h, core-internal).
    [[nodiscard]] const BoostGraphHolder &boost() const { return *m_graph; }

private:
    const Dataset *m_dataset;
    std::unique_ptr<BoostGraphHolder> m_graph;
    std::vector<TieFacts> m_facts;
};

} // namespace tiescope
