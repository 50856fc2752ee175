// SPDX-License-Identifier: MIT
#include "app/graphdocument.h"

#include <QFileInfo>

#include "edit/changeset.h"
#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "model/inputerror.h"
#include "store/store.h"

namespace tiescope {

namespace {

ApplyResult failure(const QString &path, const std::string &why)
{
    ApplyResult result;
    result.problems.push_back(Problem{path.toStdString(), {}, why});
    return result;
}

EditDelta deltaOf(const ApplyResult &result)
{
    // Until edits are applied to the dataset step by step, the dataset is re-read from the
    // store after each one: every id may have moved.
    EditDelta delta;
    delta.renumbered = true;
    for (const AppliedChange &change : result.changes) {
        if (change.operation == ChangeOperation::Delete || change.operation == ChangeOperation::Merge) {
            if (change.table == RecordTable::Entities)
                delta.entitiesRemoved.push_back(change.key);
            else if (change.table == RecordTable::Ties)
                delta.tiesRemoved.push_back(change.key);
        }
        if (change.table == RecordTable::Sources)
            delta.sourcesChanged = true;
    }
    return delta;
}

} // namespace

GraphDocument::GraphDocument(QObject *parent) : QObject(parent)
{
    m_author = qEnvironmentVariable("USER");
}

GraphDocument::~GraphDocument() = default;

void GraphDocument::replace(const QString &path, std::unique_ptr<Dataset> dataset, std::unique_ptr<TieGraph> graph)
{
    Q_ASSERT(dataset && graph && &graph->dataset() == dataset.get());
    emit aboutToReplace();
    m_view.reset();
    m_store.reset();
    m_graph = std::move(graph);
    m_dataset = std::move(dataset);
    m_path = QFileInfo(path).absoluteFilePath();
    m_filter = FilterSpec{};
    m_view.emplace(FilterEngine::apply(*m_graph, m_filter));
    emit opened();
}

void GraphDocument::setFilter(const FilterSpec &spec)
{
    if (!m_graph)
        return;
    m_filter = spec;
    m_view.emplace(FilterEngine::apply(*m_graph, m_filter));
    emit filterChanged();
}

std::vector<std::size_t> GraphDocument::countByDomain() const
{
    if (!m_graph)
        return {};
    return FilterEngine::countByDomain(*m_graph, m_filter);
}

bool GraphDocument::isEditable() const
{
    if (!m_graph)
        return false;
    if (m_store)
        return true;
    const QFileInfo file(m_path);
    return file.isFile() && file.isWritable() && !m_path.endsWith(QStringLiteral(".json"));
}

void GraphDocument::relocate(const QString &path)
{
    m_store.reset();
    m_path = QFileInfo(path).absoluteFilePath();
    emit relocated();
}

ApplyResult GraphDocument::edit(const ChangeSet &changeSet)
{
    if (!m_graph)
        return failure(m_path, "no store is open");
    try {
        if (!m_store)
            m_store = std::make_unique<Store>(Store::open(m_path.toStdString(), Store::Mode::ReadWrite));
        ApplyResult result = m_store->apply(changeSet, m_author.toStdString());
        if (!result.ok())
            return result;
        // Assigned in place: views keep their references to the dataset and the graph.
        m_view.reset();
        *m_dataset = m_store->load();
        *m_graph = TieGraph(*m_dataset);
        m_view.emplace(FilterEngine::apply(*m_graph, m_filter));
        emit edited(deltaOf(result), result);
        return result;
    } catch (const InputError &error) {
        m_store.reset();
        return failure(m_path, error.problem());
    }
}

} // namespace tiescope
