// SPDX-License-Identifier: MIT
#include "analytics/duplicatefinder.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "analytics/namekey.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

enum class LabelRole
{
    Name,
    Other
};

struct Member
{
    std::size_t entity;
    LabelRole role;
};

double scoreOf(LabelRole a, LabelRole b)
{
    if (a == LabelRole::Name && b == LabelRole::Name)
        return 1.0;
    if (a == LabelRole::Name || b == LabelRole::Name)
        return 0.9;
    return 0.7;
}

} // namespace

std::vector<DuplicateFinder::Candidate> DuplicateFinder::find(const Dataset &dataset)
{
    // Entities meet under (kind, country, normalised label); each entity once per group, with
    // its best role there (its name over an alias of the same spelling).
    std::map<std::tuple<std::size_t, std::string, std::string>, std::vector<Member>> groups;
    const auto &entities = dataset.entities();
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const Entity &entity = entities[i];
        const auto join = [&](const std::string &text, LabelRole role) {
            std::string label = NameKey::of(text);
            if (label.empty())
                return;
            auto &members = groups[{entity.kind.index(), entity.country, std::move(label)}];
            if (!members.empty() && members.back().entity == i) {
                if (role == LabelRole::Name)
                    members.back().role = role;
                return;
            }
            members.push_back({i, role});
        };
        join(entity.name, LabelRole::Name);
        join(entity.key, LabelRole::Other);
        for (const std::string &alias : entity.aliases)
            join(alias, LabelRole::Other);
    }

    struct Found
    {
        double best = 0;
        std::size_t shared = 0;
        std::string label;
    };
    std::unordered_map<std::uint64_t, Found> pairs;
    for (const auto &[group, members] : groups) {
        if (members.size() < 2 || members.size() > MaxGroup)
            continue;
        for (std::size_t x = 0; x < members.size(); ++x) {
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const std::uint64_t pair = (std::uint64_t(members[x].entity) << 32) | members[y].entity;
                Found &found = pairs[pair];
                const double score = scoreOf(members[x].role, members[y].role);
                ++found.shared;
                if (score > found.best) {
                    found.best = score;
                    found.label = std::get<2>(group);
                }
            }
        }
    }

    std::vector<Candidate> result;
    result.reserve(pairs.size());
    for (const auto &[pair, found] : pairs) {
        // Each further shared label adds a little, never enough to pass a better kind of match.
        const double extra = std::min(0.09, 0.01 * static_cast<double>(found.shared - 1));
        result.push_back({EntityId(static_cast<std::size_t>(pair >> 32)),
                          EntityId(static_cast<std::size_t>(pair & 0xffffffffU)), found.best + extra, found.label});
    }
    std::sort(result.begin(), result.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::pair(a.first.index(), a.second.index()) < std::pair(b.first.index(), b.second.index());
    });
    return result;
}

} // namespace tiescope
