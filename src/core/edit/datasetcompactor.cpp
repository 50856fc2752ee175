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
    for (std::size_t i = 0; i < order.size(); ++i)
        moves[order[i]] = Id(i);
    return order;
}

void repoint(std::vector<Citation> &citations, const std::vector<SourceId> &sources)
{
    for (Citation &citation : citations)
        citation.source = sources.at(citation.source.index());
}

} // namespace

Dataset DatasetCompactor::compact(const Dataset &data, const std::vector<std::uint8_t> &deadSources,
                                  const std::vector<std::uint8_t> &deadEntities,
                                  const std::vector<std::uint8_t> &deadTies, Moves &moves)
{
    Dataset next;
    next.info() = data.info();
    for (const Domain &domain : data.domains())
        next.addDomain(domain);
    for (const EntityKind &kind : data.kinds())
        next.addKind(kind);
    for (const RelationType &relation : data.relations())
        next.addRelation(relation);
    std::vector<SourceId> sourceMoves;
    for (const std::size_t i : orderOf(data.sources(), deadSources, sourceMoves))
        next.addSource(data.sources()[i]);
    const std::vector<std::size_t> entities = orderOf(data.entities(), deadEntities, moves.entities);
    const std::vector<std::size_t> ties = orderOf(data.ties(), deadTies, moves.ties);
    next.reserve(entities.size(), ties.size());
    for (const std::size_t i : entities) {
        Entity entity = data.entities()[i];
        repoint(entity.citations, sourceMoves);
        next.addEntity(std::move(entity));
    }
    for (const std::size_t i : ties) {
        Tie tie = data.ties()[i];
        tie.from = moves.entities.at(tie.from.index());
        tie.to = moves.entities.at(tie.to.index());
        repoint(tie.citations, sourceMoves);
        next.addTie(std::move(tie));
    }
    return next;
}

} // namespace tiescope
