// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "model/dateinterval.h"
#include "model/tiedates.h"
#include "model/strongid.h"

namespace tiescope {

class Dataset;
class GraphView;
class TieGraph;
class WhatIfOverlay;

// The visible ties turned into dependency edges: an edge runs from the dependent entity to
// the one it depends on, as the tie's relation type says (Mutual ties give an edge each
// way; None ties and self-ties give none). Every dependency analysis runs on this, built
// from a filtered GraphView and, optionally, a what-if overlay.
class DependencyGraph final
{
public:
    struct Edge
    {
        TieId tie;
        EntityId dependent;
        EntityId provider;
        double strength; // 0..1 after the overlay's sanctions
        double evidence; // 0.5..1 from the tie's best citation grade, see evidenceWeight
        DomainId domain;
        std::int32_t firstDay; // the tie's possible days (all time when undated)
        std::int32_t lastDay;
        TieDates dates; // when the tie may and must have held
    };

    // Which dated ties a time cut keeps: those that may have held in the window, or only
    // those that surely did.
    enum class Presence : std::uint8_t { Possible, Certain };

    // All edges from one dependent entity to one provider: parallel ties are alternatives.
    struct Link
    {
        EntityId provider;
        std::uint32_t firstEdge; // range into linkEdges()
        std::uint32_t edgeCount;
        std::uint32_t bestRanked;   // edge index with the highest strength * evidence
        std::uint32_t strongest;    // edge index with the highest strength
    };

    explicit DependencyGraph(const GraphView &view);
    DependencyGraph(const GraphView &view, const WhatIfOverlay &overlay);

    // Only the edges whose tie overlaps the window and, when given, lies in the domain.
    [[nodiscard]] DependencyGraph restrictedTo(const DateInterval &window, std::optional<DomainId> domain) const;
    // Only the dated edges present in the window as `presence` says, plus the undated ones
    // when `withUndated` (an undated tie has no place in time, docs/analysis.md).
    [[nodiscard]] DependencyGraph during(const DateInterval &window, Presence presence, bool withUndated) const;
    [[nodiscard]] bool hasUndatedEdges() const;

    [[nodiscard]] const TieGraph &graph() const { return *m_graph; }
    [[nodiscard]] const Dataset &dataset() const;
    [[nodiscard]] std::size_t entityCount() const { return m_entityVisible.size(); }
    [[nodiscard]] bool isVisible(EntityId entity) const { return m_entityVisible[entity.index()] != 0; }

    [[nodiscard]] const std::vector<Edge> &edges() const { return m_edges; }
    [[nodiscard]] const Edge &edge(std::uint32_t index) const { return m_edges[index]; }
    // Providers of a dependent entity, strongest-ranked link first.
    [[nodiscard]] std::span<const Link> outLinks(EntityId entity) const;
    // Edge indices of one link, best-ranked first.
    [[nodiscard]] std::span<const std::uint32_t> linkEdges(const Link &link) const;
    // Edge indices into an entity (the entities depending on it).
    [[nodiscard]] std::span<const std::uint32_t> inEdges(EntityId entity) const;

    // The weight a citation grade gives a tie in rankings: 0.5 + 0.5 * Grade::weight(), so
    // A1 counts fully and an uncited or F6 tie counts half (weak evidence, not no evidence).
    [[nodiscard]] static double evidenceWeight(double gradeWeight) { return 0.5 + 0.5 * gradeWeight; }

private:
    DependencyGraph(const TieGraph &graph, std::vector<std::uint8_t> entityVisible, std::vector<Edge> edges,
                    bool inLinkOrder);
    // Groups edges into links; `inLinkOrder` when the edges already come grouped and ranked.
    void index(bool inLinkOrder);

    const TieGraph *m_graph;
    std::vector<std::uint8_t> m_entityVisible;
    std::vector<Edge> m_edges;
    std::vector<std::uint32_t> m_linkOffsets; // per entity, into m_links
    std::vector<Link> m_links;
    std::vector<std::uint32_t> m_linkEdges;
    std::vector<std::uint32_t> m_inOffsets; // per entity, into m_inEdges
    std::vector<std::uint32_t> m_inEdges;
};

} // namespace tiescope
