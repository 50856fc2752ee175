// SPDX-License-Identifier: MIT
#include "edit/datasetcompactor.h"

#include <algorithm>

#include "model/dataset.h"

namespace tiescope {

namespace {

bool isDead(const std::vector<std::uint8_t> &dead, std::size_t index)
{
    return index < dead.size() && dead[index] != 0;
}

// The live rows' old indexes in row-id order, and each old index's new one (invalid: dead).
// Empty when nothing moves (no row dead, every row already in order): the table stays as it is.
template <typename Id, typename Row>
std::vector<std::size_t> orderOf(const std::vector<Row> &rows, const std::vector<std::uint8_t> &dead,
                                 std::vector<Id> &moves)
{
    std::vector<std::size_t> order;
    order.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!isDead(dead, i))
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&rows](std::size_t a, std::size_t b) { return rows[a].rowId < rows[b].rowId; });
    moves.assign(rows.size(), Id{});
    bool moved = order.size() != rows.size();
    for (std::size_t i = 0; i < order.size(); ++i) {
        moves[order[i]] = Id(i);
        moved = moved || order[i] != i;
    }
    if (!moved)
        order.clear();
    return order;
}

} // namespace

void DatasetCompactor::compact(Dataset &data, const std::vector<std::uint8_t> &deadSources,
                               const std::vector<std::uint8_t> &deadEntities, const std::vector<std::uint8_t> &deadTies,
                               Moves &moves)
{
    std::vector<SourceId> sourceMoves;
    const std::vector<std::size_t> sources = orderOf(data.sources(), deadSources, sourceMoves);
    const std::vector<std::size_t> entities = orderOf(data.entities(), deadEntities, moves.entities);
    const std::vector<std::size_t> ties = orderOf(data.ties(), deadTies, moves.ties);
    // Rows are moved, not copied, and only the tables that change; a table that keeps its order
    // keeps its key index too (reordered ones renumber theirs without hashing a key again).
    if (!ties.empty())
        data.reorderTies(ties, moves.ties);
    if (!entities.empty()) {
        data.reorderEntities(entities, moves.entities);
        data.repointTieEnds(moves.entities);
    }
    if (!sources.empty()) {
        data.reorderSources(sources, sourceMoves);
        data.repointCitationSources(sourceMoves);
    }
}

} // namespace tiescope
