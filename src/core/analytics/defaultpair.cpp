// SPDX-License-Identifier: MIT
#include "analytics/defaultpair.h"

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>
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
    std::unordered_map<std::uint64_t, std::size_t> count;
    const auto note = [&count](EntityId dependent, EntityId provider) { ++count[pairKey(dependent, provider)]; };
    for (const Tie &tie : data.ties()) {
        if (tie.from == tie.to)
            continue;
        switch (data.relation(tie.relation).dependent) {
        case Dependence::From:
            note(tie.from, tie.to);
            break;
        case Dependence::To:
            note(tie.to, tie.from);
            break;
        case Dependence::Mutual:
            note(tie.from, tie.to);
            note(tie.to, tie.from);
            break;
        case Dependence::None:
            break;
        }
    }
    if (count.empty())
        return busiest(data);
    // The key orders pairs by A, then B: the lower key wins among equal counts.
    const auto best = std::min_element(count.begin(), count.end(), [](const auto &x, const auto &y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
    });
    return std::pair{EntityId(static_cast<std::size_t>(best->first >> 32)),
                     EntityId(static_cast<std::size_t>(best->first & 0xffffffffU))};
}

} // namespace tiescope
