// SPDX-License-Identifier: MIT
#include "layout/layoutquality.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "layout/layoutgraph.h"
#include "model/seededrandom.h"

namespace tiescope {

namespace {

// Seeded sample of distinct nodes (all of them when samples >= n), in node order.
std::vector<std::uint32_t> sampleNodes(std::size_t n, std::size_t samples, std::uint64_t seed)
{
    std::vector<std::uint32_t> nodes(n);
    std::iota(nodes.begin(), nodes.end(), 0U);
    if (samples >= n)
        return nodes;
    SeededRandom random(seed);
    for (std::size_t i = 0; i < samples; ++i)
        std::swap(nodes[i], nodes[i + random.below(n - i)]);
    nodes.resize(samples);
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

} // namespace

std::vector<Point> LayoutQuality::nodePositions(const LayoutGraph &graph, const std::vector<Point> &entityPositions)
{
    std::vector<Point> result(graph.nodeCount());
    for (std::uint32_t i = 0; i < result.size(); ++i)
        result[i] = entityPositions[graph.entityOf(i)];
    return result;
}

LayoutQuality::Result LayoutQuality::measure(const LayoutGraph &graph, const std::vector<Point> &positions,
                                             std::size_t samples, std::uint64_t seed)
{
    Result result;
    const std::size_t n = graph.nodeCount();
    if (n < 2 || positions.size() != n)
        return result;
    const std::vector<std::uint32_t> sources = sampleNodes(n, samples, seed);
    result.samples = sources.size();

    // Stress: breadth-first distances from each source. With weights 1/d^2 the best scale is
    // a = sum(x/d) / sum(x^2/d^2), and the normalised stress sum((a x/d - 1)^2) / pairs.
    std::vector<std::uint32_t> hops(n);
    std::vector<std::uint32_t> queue(n);
    std::size_t pairs = 0;
    double sumRatio = 0.0;
    double sumRatio2 = 0.0;
    for (const std::uint32_t s : sources) {
        std::fill(hops.begin(), hops.end(), 0xffffffffU);
        hops[s] = 0;
        std::size_t head = 0;
        std::size_t tail = 0;
        queue[tail++] = s;
        while (head < tail) {
            const std::uint32_t u = queue[head++];
            for (const std::uint32_t v : graph.neighbours(u)) {
                if (hops[v] == 0xffffffffU) {
                    hops[v] = hops[u] + 1;
                    queue[tail++] = v;
                }
            }
        }
        for (std::size_t k = 1; k < tail; ++k) {
            const std::uint32_t v = queue[k];
            const double r = distance(positions[s], positions[v]) / static_cast<double>(hops[v]);
            sumRatio += r;
            sumRatio2 += r * r;
            ++pairs;
        }
    }
    // sum((a r - 1)^2) expands to a^2 sum(r^2) - 2 a sum(r) + pairs: no need to keep the pairs.
    result.pairs = pairs;
    if (pairs > 0) {
        const double scale = sumRatio2 > 0.0 ? sumRatio / sumRatio2 : 0.0;
        const double stress = scale * scale * sumRatio2 - 2.0 * scale * sumRatio + static_cast<double>(pairs);
        result.stress = std::max(0.0, stress / static_cast<double>(pairs));
    }

    // Neighbourhood preservation: k nearest in the picture against the k graph neighbours.
    double jaccardSum = 0.0;
    std::size_t counted = 0;
    std::vector<std::pair<double, std::uint32_t>> byDistance;
    byDistance.reserve(n);
    for (const std::uint32_t s : sources) {
        const auto neighbours = graph.neighbours(s); // sorted, distinct, no self
        const std::size_t k = neighbours.size();
        if (k == 0)
            continue;
        byDistance.clear();
        for (std::uint32_t v = 0; v < n; ++v) {
            if (v != s)
                byDistance.emplace_back(distance(positions[s], positions[v]), v);
        }
        std::nth_element(byDistance.begin(), byDistance.begin() + static_cast<std::ptrdiff_t>(k - 1),
                         byDistance.end());
        std::vector<std::uint32_t> nearest(k);
        for (std::size_t i = 0; i < k; ++i)
            nearest[i] = byDistance[i].second;
        std::sort(nearest.begin(), nearest.end());
        std::vector<std::uint32_t> common;
        std::set_intersection(nearest.begin(), nearest.end(), neighbours.begin(), neighbours.end(),
                              std::back_inserter(common));
        jaccardSum += static_cast<double>(common.size()) / static_cast<double>(2 * k - common.size());
        ++counted;
    }
    result.neighbourhood = counted > 0 ? jaccardSum / static_cast<double>(counted) : 1.0;
    return result;
}

} // namespace tiescope
