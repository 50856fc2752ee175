// SPDX-License-Identifier: MIT
#include "analytics/defaultpair.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

#include "model/dataset.h"

namespace tiescope {

namespace {

std::uint64_t pairKey(EntityId dependent, EntityId provider)
{
    return (static_cast<std::uint64_t>(dependent.index()) << 32) | static_cast<std::uint64_t>(provider.index());
}

// The two busiest entities: most ties first, equal counts in the data's order.
std::pair<EntityId, EntityId> busiest(const Dataset &data)
{
    std::vector<std::size_t> degree(data.entities().size(), 0);
    for (const Tie &tie : data.ties()) {
        ++degree[tie.from.index()];
        ++degree[tie.to.index()];
    }
    std::vector<std::size_t> order(degree.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::partial_sort(order.begin(), order.begin() + 2, order.end(), [&degree](std::size_t x, std::size_t y) {
        return degree[x] != degree[y] ? degree[x] > degree[y] : x < y;
    });
    return {EntityId(order[0]), EntityId(order[1])};
}

} // namespace

std::optional<std::pair<EntityId, EntityId>> DefaultPair::pick(const Dataset &data)
{
    if (data.entities().size() < 2)
        return std::nullopt;
    // Every (dependent, provider) pair once per tie, sorted, then counted in runs: a store of a
    // million ties is counted without a hash node per pair.
    std::vector<std::uint64_t> pairs;
    pairs.reserve(data.ties().size());
    for (const Tie &tie : data.ties()) {
        if (tie.from == tie.to)
            continue;
        switch (data.relation(tie.relation).dependent) {
        case Dependence::From:
            pairs.push_back(pairKey(tie.from, tie.to));
            break;
        case Dependence::To:
            pairs.push_back(pairKey(tie.to, tie.from));
            break;
        case Dependence::Mutual:
            pairs.push_back(pairKey(tie.from, tie.to));
            pairs.push_back(pairKey(tie.to, tie.from));
            break;
        case Dependence::None:
            break;
        }
    }
    if (pairs.empty())
        return busiest(data);
    std::sort(pairs.begin(), pairs.end());
    // The key orders pairs by A, then B: among equal counts the first run, the lower key, wins.
    std::uint64_t best = pairs.front();
    std::size_t bestCount = 0;
    for (std::size_t at = 0; at < pairs.size();) {
        std::size_t end = at;
        while (end < pairs.size() && pairs[end] == pairs[at])
            ++end;
        if (end - at > bestCount) {
            best = pairs[at];
            bestCount = end - at;
        }
        at = end;
    }
    return std::pair{EntityId(static_cast<std::size_t>(best >> 32)), EntityId(static_cast<std::size_t>(best & 0xffffffffU))};
}

} // namespace tiescope
