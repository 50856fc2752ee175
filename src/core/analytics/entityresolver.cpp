// SPDX-License-Identifier: MIT
#include "analytics/entityresolver.h"

#include <algorithm>
#include <numeric>

#include "filter/filterengine.h"
#include "model/dataset.h"

namespace tiescope {

namespace {

template <typename Visit>
void forEachLabel(const Entity &entity, Visit visit)
{
    visit(entity.key);
    visit(entity.name);
    for (const std::string &alias : entity.aliases)
        visit(alias);
}

} // namespace

EntityResolver::Resolution EntityResolver::resolve(std::string_view text) const
{
    Resolution result;
    if (const auto exact = m_dataset->findEntity(text)) {
        result.entity = exact;
        return result;
    }
    const std::string needle = FilterEngine::lowered(text);
    const auto &entities = m_dataset->entities();
    for (std::size_t i = 0; i < entities.size(); ++i) {
        bool matches = false;
        forEachLabel(entities[i], [&](const std::string &label) { matches = matches || FilterEngine::lowered(label) == needle; });
        if (matches)
            result.candidates.emplace_back(i);
    }
    if (result.candidates.size() == 1) {
        result.entity = result.candidates.front();
        result.candidates.clear();
        return result;
    }
    if (!result.candidates.empty()) {
        result.message = "ambiguous entity \"" + std::string(text) + "\": " + describe(result.candidates);
        return result;
    }
    result.candidates = closeMatches(text);
    result.message = "unknown entity \"" + std::string(text) + "\"";
    result.message += result.candidates.empty() ? "; no close match" : "; close matches: " + describe(result.candidates);
    return result;
}

std::vector<EntityId> EntityResolver::closeMatches(std::string_view text, std::size_t limit) const
{
    const std::string needle = FilterEngine::lowered(text);
    if (needle.empty())
        return {};
    const std::size_t allowed = std::max<std::size_t>(2, needle.size() / 3);
    struct Scored
    {
        std::size_t distance;
        EntityId entity;
    };
    std::vector<Scored> scored;
    const auto &entities = m_dataset->entities();
    for (std::size_t i = 0; i < entities.size(); ++i) {
        std::size_t best = allowed + 1;
        forEachLabel(entities[i], [&](const std::string &label) {
            const std::string lowered = FilterEngine::lowered(label);
            // Containing the typed text counts as close: "gazprom" should find "Gazprom Neft".
            const std::size_t distance =
                lowered.find(needle) != std::string::npos ? 1 : editDistance(needle, lowered);
            best = std::min(best, distance);
        });
        if (best <= allowed)
            scored.push_back({best, EntityId(i)});
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const Scored &a, const Scored &b) { return a.distance < b.distance; });
    std::vector<EntityId> result;
    for (std::size_t i = 0; i < scored.size() && i < limit; ++i)
        result.push_back(scored[i].entity);
    return result;
}

std::size_t EntityResolver::editDistance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string EntityResolver::describe(const std::vector<EntityId> &entities) const
{
    std::string text;
    for (const EntityId id : entities) {
        const Entity &entity = m_dataset->entity(id);
        if (!text.empty())
            text += ", ";
        text += entity.key + " (" + entity.name + ")";
    }
    return text;
}

} // namespace tiescope
