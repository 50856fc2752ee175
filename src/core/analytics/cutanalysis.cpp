// SPDX-License-Identifier: MIT
#include "analytics/cutanalysis.h"

#include <algorithm>
#include <deque>
#include <utility>

#include "analytics/analysiscancelled.h"
#include "analytics/dependencygraph.h"

namespace tiescope {

namespace {

constexpr std::uint32_t None = 0xffffffffU;

// Entities from which `to` can be reached along dependency edges.
std::vector<std::uint8_t> coReachable(const DependencyGraph &graph, EntityId to)
{
    std::vector<std::uint8_t> reach(graph.entityCount(), 0);
    std::deque<EntityId> queue{to};
    reach[to.index()] = 1;
    while (!queue.empty()) {
        const EntityId v = queue.front();
        queue.pop_front();
        for (const std::uint32_t e : graph.inEdges(v)) {
            const EntityId u = graph.edge(e).dependent;
            if (!reach[u.index()]) {
                reach[u.index()] = 1;
                queue.push_back(u);
            }
        }
    }
    return reach;
}

} // namespace

CutAnalysis::Result CutAnalysis::singlePoints(const DependencyGraph &graph, EntityId from, EntityId to,
                                              const std::atomic<bool> *cancel)
{
    Result result;
    const std::size_t n = graph.entityCount();
    if (from == to || from.index() >= n || to.index() >= n || !graph.isVisible(from) || !graph.isVisible(to))
        return result;
    const std::vector<std::uint8_t> reach = coReachable(graph, to);
    if (!reach[from.index()])
        return result;
    result.connected = true;
    AnalysisCancelled::check(cancel);

    // Nodes: entity v is v, edge e is n + e. Only nodes on some from -> to path take part.
    const auto successors = [&](std::uint32_t node, std::vector<std::uint32_t> &out) {
        out.clear();
        if (node >= n) {
            out.push_back(static_cast<std::uint32_t>(graph.edge(node - n).provider.index()));
            return;
        }
        if (node == to.index())
            return; // a path ends when it reaches B
        for (const auto &link : graph.outLinks(EntityId(node))) {
            if (!reach[link.provider.index()])
                continue;
            for (const std::uint32_t e : graph.linkEdges(link))
                out.push_back(static_cast<std::uint32_t>(n + e));
        }
    };

    // Iterative depth-first search from A: postorder numbers and predecessor lists.
    const std::size_t total = n + graph.edges().size();
    std::vector<std::uint32_t> postNumber(total, None);
    std::vector<std::uint8_t> seen(total, 0);
    std::vector<std::vector<std::uint32_t>> preds(total);
    std::vector<std::uint32_t> postOrder;
    std::vector<std::pair<std::uint32_t, std::vector<std::uint32_t>>> stack;
    std::vector<std::uint32_t> buffer;
    const auto root = static_cast<std::uint32_t>(from.index());
    seen[root] = 1;
    successors(root, buffer);
    stack.emplace_back(root, buffer);
    while (!stack.empty()) {
        auto &[node, pending] = stack.back();
        if (pending.empty()) {
            postNumber[node] = static_cast<std::uint32_t>(postOrder.size());
            postOrder.push_back(node);
            stack.pop_back();
            continue;
        }
        const std::uint32_t next = pending.back();
        pending.pop_back();
        preds[next].push_back(node);
        if (!seen[next]) {
            seen[next] = 1;
            successors(next, buffer);
            stack.emplace_back(next, buffer);
        }
        if ((postOrder.size() & 0xfff) == 0)
            AnalysisCancelled::check(cancel);
    }

    // Cooper-Harvey-Kennedy: refine immediate dominators in reverse postorder until stable.
    std::vector<std::uint32_t> idom(total, None);
    idom[root] = root;
    const auto intersect = [&](std::uint32_t a, std::uint32_t b) {
        while (a != b) {
            while (postNumber[a] < postNumber[b])
                a = idom[a];
            while (postNumber[b] < postNumber[a])
                b = idom[b];
        }
        return a;
    };
    for (bool changed = true; changed;) {
        changed = false;
        AnalysisCancelled::check(cancel);
        for (auto it = postOrder.rbegin(); it != postOrder.rend(); ++it) {
            const std::uint32_t node = *it;
            if (node == root)
                continue;
            std::uint32_t candidate = None;
            for (const std::uint32_t p : preds[node]) {
                if (idom[p] == None)
                    continue;
                candidate = candidate == None ? p : intersect(p, candidate);
            }
            if (candidate != idom[node]) {
                idom[node] = candidate;
                changed = true;
            }
        }
    }

    std::vector<std::uint32_t> chain;
    for (std::uint32_t node = idom[to.index()]; node != root; node = idom[node])
        chain.push_back(node);
    std::reverse(chain.begin(), chain.end());
    for (const std::uint32_t node : chain) {
        if (node >= n)
            result.ties.push_back(graph.edge(node - n).tie);
        else
            result.entities.emplace_back(node);
    }
    return result;
}

} // namespace tiescope
