// SPDX-License-Identifier: MIT
#include "render/tiegeometry.h"

#include <algorithm>

#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "render/linegeometry.h"

namespace tiescope {

using linegeometry::quadAt;

namespace {

std::uint64_t pairKeyOf(const TieGraph::TieFacts &f)
{
    return (std::uint64_t{std::min(f.from, f.to)} << 32) | std::max(f.from, f.to);
}

} // namespace

TieGeometry::TieGeometry(const TieGraph &graph) : m_graph(&graph)
{
    const std::size_t n = graph.facts().size();
    m_tiesOfEntity.resize(graph.dataset().entities().size());
    m_pairIndex.reserve(n);
    m_pairOf.resize(n);
    m_leader.resize(n);
    m_rank.assign(n, 0);
    m_siblings.assign(n, 1);
    m_mask.assign(n, 1);
    m_curves.resize(n);
    m_isStale.assign(n, 0);
    // In bulk, not tie by tie as an edit attaches: the ties come in id order, so every list is
    // appended to, and each entity's list is sized first (at 1M ties, searching each list for
    // where a tie goes was half of this build).
    const std::vector<TieGraph::TieFacts> &facts = graph.facts();
    std::vector<std::uint32_t> degree(m_tiesOfEntity.size(), 0);
    for (const TieGraph::TieFacts &f : facts) {
        ++degree[f.from];
        if (f.to != f.from)
            ++degree[f.to];
    }
    for (std::size_t e = 0; e < degree.size(); ++e)
        m_tiesOfEntity[e].reserve(degree[e]);
    for (std::uint32_t i = 0; i < n; ++i) {
        const TieGraph::TieFacts &f = facts[i];
        auto [it, inserted] = m_pairIndex.try_emplace(pairKeyOf(f), static_cast<std::uint32_t>(m_pairTies.size()));
        if (inserted) {
            m_pairTies.emplace_back();
            m_pairKey.push_back(it->first);
        }
        m_pairTies[it->second].push_back(i);
        m_pairOf[i] = it->second;
        m_tiesOfEntity[f.from].push_back(i);
        if (f.to != f.from)
            m_tiesOfEntity[f.to].push_back(i);
    }
    m_pairDirty.assign(m_pairTies.size(), 0); // every pair is ranked by the first mask
    for (std::uint32_t i = 0; i < n; ++i)
        m_leader[i] = m_pairTies[m_pairOf[i]].front();
}

void TieGeometry::attach(std::uint32_t tie)
{
    const TieGraph::TieFacts &f = m_graph->facts()[tie];
    auto [it, inserted] = m_pairIndex.try_emplace(pairKeyOf(f), static_cast<std::uint32_t>(m_pairTies.size()));
    if (inserted) {
        m_pairTies.emplace_back();
        m_pairKey.push_back(it->first);
        m_pairDirty.push_back(0);
    }
    // Ties come in id order when built, so each goes at the back; a re-pointed one is sorted in.
    const auto sortedInsert = [tie](std::vector<std::uint32_t> &list) {
        list.insert(std::lower_bound(list.begin(), list.end(), tie), tie);
    };
    sortedInsert(m_pairTies[it->second]);
    m_pairOf[tie] = it->second;
    sortedInsert(m_tiesOfEntity[f.from]);
    if (f.to != f.from)
        sortedInsert(m_tiesOfEntity[f.to]);
    touchPair(it->second);
}

void TieGeometry::detach(std::uint32_t tie)
{
    const auto sortedErase = [tie](std::vector<std::uint32_t> &list) {
        const auto it = std::lower_bound(list.begin(), list.end(), tie);
        if (it != list.end() && *it == tie)
            list.erase(it);
    };
    const std::uint32_t pair = m_pairOf[tie];
    sortedErase(m_pairTies[pair]);
    const std::uint64_t key = m_pairKey[pair];
    // An end the edit deleted (a merge) is past the resized list: its ties went with it
    // (AddressSanitizer: heap-use-after-free in tst_storefiles' merge).
    for (const auto end : {static_cast<std::uint32_t>(key >> 32), static_cast<std::uint32_t>(key & 0xffffffffu)})
        if (end < m_tiesOfEntity.size())
            sortedErase(m_tiesOfEntity[end]);
    touchPair(pair);
}

void TieGeometry::touchPair(std::uint32_t pair)
{
    if (!m_pairDirty[pair]) {
        m_pairDirty[pair] = 1;
        m_dirtyPairs.push_back(pair);
    }
}

void TieGeometry::rankPair(std::uint32_t pair)
{
    const std::vector<std::uint32_t> &ties = m_pairTies[pair];
    if (ties.empty())
        return;
    // Ranked by domain, then id: a pair's ties of one domain lie side by side in its fan, so the
    // eye can follow one colour through a hub's bundle.
    std::vector<std::uint32_t> &ranked = m_fanOrder;
    ranked.clear();
    std::uint32_t leader = ties.front();
    for (const std::uint32_t tie : ties) {
        if (m_mask[tie]) {
            if (ranked.empty())
                leader = tie;
            ranked.push_back(tie);
        }
    }
    const std::vector<TieGraph::TieFacts> &facts = m_graph->facts();
    std::stable_sort(ranked.begin(), ranked.end(),
                     [&facts](std::uint32_t a, std::uint32_t b) { return facts[a].domain < facts[b].domain; });
    const auto shown = static_cast<std::uint16_t>(ranked.size());
    for (std::uint16_t rank = 0; rank < shown; ++rank)
        m_rank[ranked[rank]] = rank;
    for (const std::uint32_t tie : ties) {
        m_leader[tie] = leader;
        m_siblings[tie] = std::max<std::uint16_t>(shown, 1);
    }
}

void TieGeometry::setMask(const std::vector<std::uint8_t> &tieMask)
{
    const std::size_t n = m_curves.size();
    m_gridDirty = true;
    if (!m_ranked) {
        // The first mask since the build: every pair is ranked, every curve is stale.
        m_mask = tieMask;
        m_mask.resize(n, 0);
        m_shownCount = static_cast<std::size_t>(std::count(m_mask.begin(), m_mask.end(), std::uint8_t{1}));
        for (std::uint32_t pair = 0; pair < m_pairTies.size(); ++pair)
            rankPair(pair);
        for (const std::uint32_t pair : m_dirtyPairs)
            m_pairDirty[pair] = 0;
        m_dirtyPairs.clear();
        m_allStale = true;
        m_ranked = true;
        return;
    }
    // Only the pairs that gain or lose a shown tie fan out anew.
    for (std::uint32_t i = 0; i < n; ++i) {
        const std::uint8_t shown = i < tieMask.size() ? tieMask[i] : std::uint8_t{0};
        if (shown != m_mask[i]) {
            m_shownCount = shown ? m_shownCount + 1 : m_shownCount - 1;
            m_mask[i] = shown;
            touchPair(m_pairOf[i]);
        }
    }
    for (const std::uint32_t pair : m_dirtyPairs) {
        rankPair(pair);
        for (const std::uint32_t tie : m_pairTies[pair])
            markStale(tie);
        m_pairDirty[pair] = 0;
    }
    m_dirtyPairs.clear();
}

void TieGeometry::markStale(std::uint32_t tie)
{
    if (!m_isStale[tie]) {
        m_isStale[tie] = 1;
        m_stale.push_back(tie);
    }
}

void TieGeometry::followEdit(std::size_t keep, const std::vector<TieId> &changed)
{
    m_gridDirty = true;
    const auto &facts = m_graph->facts();
    while (m_curves.size() > keep) {
        const auto tie = static_cast<std::uint32_t>(m_curves.size() - 1);
        detach(tie); // the highest id: the back of its lists
        if (m_mask[tie])
            --m_shownCount;
        for (auto *v : {&m_pairOf, &m_leader})
            v->pop_back();
        for (auto *v : {&m_rank, &m_siblings})
            v->pop_back();
        for (auto *v : {&m_mask, &m_isStale})
            v->pop_back();
        m_curves.pop_back();
    }
    for (auto *list : {&m_stale, &m_deferred}) // the popped ones among them
        std::erase_if(*list, [keep](std::uint32_t tie) { return tie >= keep; });
    m_tiesOfEntity.resize(m_graph->dataset().entities().size());
    for (const TieId id : changed) {
        const std::uint32_t tie = id.value();
        if (tie >= keep)
            continue;
        if (pairKeyOf(facts[tie]) != m_pairKey[m_pairOf[tie]]) {
            detach(tie);
            attach(tie);
        }
        touchPair(m_pairOf[tie]);
        markStale(tie);
    }
    for (auto tie = static_cast<std::uint32_t>(m_curves.size()); tie < facts.size(); ++tie) {
        m_pairOf.push_back(0);
        m_leader.push_back(tie);
        m_rank.push_back(0);
        m_siblings.push_back(1);
        m_mask.push_back(0); // shown by the next mask
        m_isStale.push_back(0);
        m_curves.emplace_back();
        attach(tie);
        markStale(tie);
    }
}

void TieGeometry::renumberEntities(const std::vector<EntityId> &moves)
{
    m_gridDirty = true;
    // A gone end is numbered past every entity: its pair is not found again, and the re-pointed
    // ties that leave it (followEdit) skip it when they are taken from their old ends' lists.
    constexpr std::uint32_t Gone = 0xffffffffU;
    const auto moved = [&moves](std::uint32_t end) {
        return end < moves.size() && moves[end].isValid() ? moves[end].value() : Gone;
    };
    const std::size_t n = m_graph->dataset().entities().size();
    std::vector<std::vector<std::uint32_t>> tiesOfEntity(n);
    for (std::uint32_t i = 0; i < m_tiesOfEntity.size(); ++i) {
        if (const std::uint32_t to = moved(i); to < n)
            tiesOfEntity[to] = std::move(m_tiesOfEntity[i]);
    }
    m_tiesOfEntity = std::move(tiesOfEntity);
    m_pairIndex.clear();
    for (std::uint32_t pair = 0; pair < m_pairKey.size(); ++pair) {
        const std::uint32_t a = moved(static_cast<std::uint32_t>(m_pairKey[pair] >> 32));
        const std::uint32_t b = moved(static_cast<std::uint32_t>(m_pairKey[pair] & 0xffffffffU));
        m_pairKey[pair] = (std::uint64_t{std::min(a, b)} << 32) | std::max(a, b);
        if (a != Gone && b != Gone)
            m_pairIndex.emplace(m_pairKey[pair], pair);
    }
}

QPointF TieGeometry::midpoint(TieId tie) const
{
    const Curve &g = m_curves.at(tie.index());
    return quadAt(g.p0, g.control, g.p1, 0.5);
}

bool TieGeometry::isSelfTie(std::uint32_t tie) const
{
    const TieGraph::TieFacts &f = m_graph->facts()[tie];
    return f.from == f.to;
}

bool TieGeometry::isStraight(std::uint32_t tie) const
{
    return m_siblings[tie] <= 1 && !isSelfTie(tie);
}

} // namespace tiescope
