// SPDX-License-Identifier: MIT
#include "layout/layoutsupport.h"

#include <stdexcept>

#include "graph/graphview.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope::layoutsupport {

void checkRequest(const LayoutRequest &request)
{
    if (!request.view)
        throw std::invalid_argument("layout request has no graph view");
    const std::size_t n = request.view->graph().entityCount();
    if (!request.initial.empty() && request.initial.size() != n)
        throw std::invalid_argument("layout request: initial positions do not match the entities");
    if (!request.pinned.empty() && request.pinned.size() != n)
        throw std::invalid_argument("layout request: pinned flags do not match the entities");
}

std::vector<Point> startPositions(const LayoutRequest &request)
{
    checkRequest(request);
    if (!request.initial.empty())
        return request.initial;
    return std::vector<Point>(request.view->graph().entityCount());
}

bool isMovable(const LayoutRequest &request, std::uint32_t entity)
{
    if (!request.view->entityMask()[entity])
        return false;
    // Pinned only means something when there is a position to keep.
    return request.pinned.empty() || request.initial.empty() || request.pinned[entity] == 0;
}

std::vector<std::uint32_t> dominantDomains(const GraphView &view)
{
    const auto &facts = view.graph().facts();
    const auto &mask = view.tieMask();
    const std::size_t n = view.graph().entityCount();
    const std::size_t domains = view.graph().dataset().domains().size();
    // A dense entity x domain table: domains are few (a dozen), so this stays small.
    std::vector<std::uint32_t> counts(n * domains, 0);
    for (std::size_t i = 0; i < facts.size(); ++i) {
        if (!mask[i] || facts[i].domain >= domains)
            continue;
        ++counts[facts[i].from * domains + facts[i].domain];
        if (facts[i].to != facts[i].from)
            ++counts[facts[i].to * domains + facts[i].domain];
    }
    std::vector<std::uint32_t> result(n, static_cast<std::uint32_t>(domains));
    for (std::size_t e = 0; e < n; ++e) {
        std::uint32_t best = 0;
        for (std::size_t d = 0; d < domains; ++d) {
            if (counts[e * domains + d] > best) {
                best = counts[e * domains + d];
                result[e] = static_cast<std::uint32_t>(d);
            }
        }
    }
    return result;
}

} // namespace tiescope::layoutsupport
