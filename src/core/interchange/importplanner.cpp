// SPDX-License-Identifier: MIT
#include "interchange/importplanner.h"

#include <iterator>

#include "interchange/importrecordplanner.h"

namespace tiescope {

ImportPlanner::ImportPlanner(const Dataset &store, const ImportSpec &spec)
    : m_records(std::make_unique<ImportRecordPlanner>(store, spec))
{
}

ImportPlanner::~ImportPlanner() = default;

ImportPlan ImportPlanner::plan(const Dataset &store, const ImportRows &rows, const ImportSpec &spec)
{
    // The rows are planned where they are: the sink's calls would take copies.
    ImportPlanner planner(store, spec);
    ImportRecordPlanner &records = *planner.m_records;
    for (const ImportRow &row : rows.sources)
        records.source(row);
    for (const ImportRow &row : rows.citations)
        records.citations().add(row);
    planner.beforeRecords();
    for (const ImportRow &row : rows.entities)
        records.entity(row);
    for (const ImportRow &row : rows.ties)
        records.tie(row);
    planner.readIssues(rows.issues);
    return planner.finish();
}

void ImportPlanner::streamChanges(std::size_t size, Part part)
{
    m_partSize = size == 0 ? 1 : size;
    m_part = std::move(part);
}

void ImportPlanner::limitRows(std::size_t limit)
{
    m_records->limitRows(limit);
}

void ImportPlanner::dropDrafts()
{
    m_records->dropDrafts();
}

bool ImportPlanner::hasBadRows() const
{
    return !m_readIssues.empty() || m_records->plan().hasBadRows();
}

void ImportPlanner::source(ImportRow &&row)
{
    m_records->source(row);
    handOver(false);
}

void ImportPlanner::citation(ImportRow &&row)
{
    m_records->citations().add(row);
}

void ImportPlanner::entity(ImportRow &&row)
{
    beforeRecords();
    m_records->entity(row);
    handOver(false);
}

void ImportPlanner::tie(ImportRow &&row)
{
    beforeRecords();
    m_records->tie(row);
    handOver(false);
}

void ImportPlanner::readIssues(std::vector<ImportIssue> issues)
{
    m_readIssues.insert(m_readIssues.end(), std::make_move_iterator(issues.begin()),
                        std::make_move_iterator(issues.end()));
}

ImportPlan ImportPlanner::finish()
{
    beforeRecords();
    handOver(true);
    ImportPlan plan = std::move(m_records->plan());
    plan.badRows.insert(plan.badRows.begin(), std::make_move_iterator(m_readIssues.begin()),
                        std::make_move_iterator(m_readIssues.end()));
    m_readIssues.clear();
    return plan;
}

void ImportPlanner::beforeRecords()
{
    if (m_recordsBegun)
        return;
    m_recordsBegun = true;
    m_records->defaultSource();
}

void ImportPlanner::handOver(bool all)
{
    ImportPlan &plan = m_records->plan();
    const std::size_t waiting = plan.changeSet.changes().size();
    if (!m_part || waiting == 0 || (!all && waiting < m_partSize))
        return;
    m_part(plan.changeSet);
    plan.changesHandedOver += waiting;
    plan.changeSet.clearChanges();
}

} // namespace tiescope
