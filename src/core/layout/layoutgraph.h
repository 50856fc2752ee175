// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace tiescope {

class GraphView;

// The graph as a force layout sees it: visible entities numbered 0..n-1, undirected,
// parallel ties merged into one edge, self-ties dropped, stored as compressed rows
// (CSR) so a million ties are a few flat arrays. Each node has a mass (1 + its weighted
// degree, as ForceAtlas2 wants) and, when built from a view, the entity it stands for.
class LayoutGraph final
{
public:
    struct Edge
    {
        std::uint32_t a;
        std::uint32_t b;
        double weight;
    };

    LayoutGraph() = default;
    // Edges may repeat and go either way; they are merged. Masses default to 1 + degree.
    LayoutGraph(std::size_t nodeCount, std::vector<Edge> edges, std::vector<double> masses = {});

    // The visible part of a view; node i stands for entity entityOf(i). Parallel ties merge
    // into one edge of weight 1; a node's mass is (1 + distinct neighbours)^massExponent
    // (1 is ForceAtlas2's classic degree weighting).
    // With tiedOnly, entities without a visible tie to another entity are left out.
    [[nodiscard]] static LayoutGraph fromView(const GraphView &view, double massExponent = 1.0,
                                              bool tiedOnly = false);

    [[nodiscard]] std::size_t nodeCount() const { return m_offsets.empty() ? 0 : m_offsets.size() - 1; }
    [[nodiscard]] std::size_t edgeCount() const { return m_targets.size() / 2; } // each edge is stored twice

    [[nodiscard]] std::span<const std::uint32_t> neighbours(std::uint32_t node) const
    {
        return {m_targets.data() + m_offsets[node], m_targets.data() + m_offsets[node + 1]};
    }
    [[nodiscard]] std::span<const double> weights(std::uint32_t node) const
    {
        return {m_weights.data() + m_offsets[node], m_weights.data() + m_offsets[node + 1]};
    }
    [[nodiscard]] const std::vector<double> &masses() const { return m_masses; }
    [[nodiscard]] std::uint32_t entityOf(std::uint32_t node) const { return m_entities[node]; }
    [[nodiscard]] const std::vector<std::uint32_t> &entities() const { return m_entities; }

private:
    std::vector<std::uint64_t> m_offsets; // n + 1
    std::vector<std::uint32_t> m_targets;
    std::vector<double> m_weights;
    std::vector<double> m_masses;
    std::vector<std::uint32_t> m_entities;
};

} // namespace tiescope
