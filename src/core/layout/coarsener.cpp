// SPDX-License-Identifier: MIT
#include "layout/coarsener.h"

#include <algorithm>
#include <numeric>

#include "model/seededrandom.h"

namespace tiescope {

namespace {

constexpr std::uint32_t None = 0xffffffffU;

} // namespace

std::optional<Coarsener::Level> Coarsener::coarsen(const LayoutGraph &fine, const std::vector<std::uint8_t> &fixed,
                                                   std::uint64_t seed)
{
    const std::size_t n = fine.nodeCount();
    const auto &masses = fine.masses();
    const auto isFixed = [&fixed](std::uint32_t node) { return !fixed.empty() && fixed[node]; };

    // Visit leaves first (they pair with their only neighbour), ties broken by a seeded hash.
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0U);
    std::vector<std::uint64_t> rank(n);
    for (std::uint32_t i = 0; i < n; ++i)
        rank[i] = (static_cast<std::uint64_t>(std::min<std::size_t>(fine.neighbours(i).size(), 0xffff)) << 48) |
                  (SeededRandom::hash(seed, i) >> 16);
    std::sort(order.begin(), order.end(), [&rank](std::uint32_t a, std::uint32_t b) { return rank[a] < rank[b]; });

    std::vector<std::uint32_t> group(n, None);
    std::uint32_t groups = 0;
    for (const std::uint32_t u : order) {
        if (group[u] != None || isFixed(u))
            continue;
        std::uint32_t partner = None;
        for (const std::uint32_t v : fine.neighbours(u)) {
            if (group[v] == None && !isFixed(v) && (partner == None || masses[v] < masses[partner]))
                partner = v;
        }
        if (partner == None)
            continue;
        group[u] = groups;
        group[partner] = groups;
        ++groups;
    }
    // Leftovers: a leaf joins its neighbour's group; anything else stays alone.
    for (const std::uint32_t u : order) {
        if (group[u] != None)
            continue;
        const auto neighbours = fine.neighbours(u);
        if (neighbours.size() == 1 && !isFixed(u) && group[neighbours[0]] != None && !isFixed(neighbours[0]))
            group[u] = group[neighbours[0]];
        else
            group[u] = groups++;
    }
    if (static_cast<double>(groups) > 0.8 * static_cast<double>(n))
        return std::nullopt;

    // Renumber groups by their first member so the coarse order follows the fine order.
    std::vector<std::uint32_t> renumber(groups, None);
    std::uint32_t next = 0;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (renumber[group[i]] == None)
            renumber[group[i]] = next++;
        group[i] = renumber[group[i]];
    }
    std::vector<double> coarseMass(groups, 0.0);
    for (std::uint32_t i = 0; i < n; ++i)
        coarseMass[group[i]] += masses[i];
    std::vector<LayoutGraph::Edge> edges;
    edges.reserve(fine.edgeCount());
    for (std::uint32_t u = 0; u < n; ++u) {
        const auto neighbours = fine.neighbours(u);
        const auto weights = fine.weights(u);
        for (std::size_t k = 0; k < neighbours.size(); ++k) {
            if (u < neighbours[k] && group[u] != group[neighbours[k]])
                edges.push_back({group[u], group[neighbours[k]], weights[k]});
        }
    }
    return Level{LayoutGraph(groups, std::move(edges), std::move(coarseMass)), std::move(group)};
}

} // namespace tiescope
