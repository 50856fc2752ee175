// SPDX-License-Identifier: MIT
#include "app/graphdocument.h"

#include <exception>

#include <QFileInfo>

#include "edit/changeset.h"
#include "edit/datasetpatcher.h"
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

// After a patch that failed half-way (the dataset did not match its store, which never happens
// when it was loaded from that store): everything re-read, every id possibly moved and none
// carried, so views start afresh.
EditDelta reloaded(Dataset &dataset, TieGraph &graph, Store &store)
{
    dataset = store.load();
    graph = TieGraph(dataset);
    EditDelta delta;
    delta.renumbered = true;
    delta.sourcesChanged = true;
    for (std::size_t i = 0; i < dataset.entities().size(); ++i)
        delta.entitiesAdded.emplace_back(i);
    for (std::size_t i = 0; i < dataset.ties().size(); ++i)
        delta.tiesAdded.emplace_back(i);
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
            openStore();
        ApplyResult result = m_store->apply(changeSet, m_author.toStdString());
        if (!result.ok())
            return result;
        emit aboutToEdit();
        // Changed in place: views keep their references to the dataset and the graph.
        m_view.reset();
        EditDelta delta;
        try {
            delta = DatasetPatcher(*m_dataset, *m_graph).apply(result.changes);
        } catch (const std::exception &) {
            delta = reloaded(*m_dataset, *m_graph, *m_store);
        }
        m_view.emplace(FilterEngine::apply(*m_graph, m_filter));
        emit edited(delta, result);
        return result;
    } catch (const InputError &error) {
        m_store.reset();
        return failure(m_path, error.problem());
    }
}

void GraphDocument::openStore()
{
    emit storeAboutToOpen();
    m_store = std::make_unique<Store>(Store::open(m_path.toStdString(), Store::Mode::ReadWrite));
    emit storeOpened();
}

bool GraphDocument::storeHasMoved() const
{
    return m_store && m_store->hasMoved();
}

std::optional<long long> GraphDocument::storeDataVersion() const
{
    if (!m_store)
        return std::nullopt;
    try {
        return m_store->dataVersion();
    } catch (const InputError &) {
        return std::nullopt; // the file went bad; the next edit says how
    }
}

QString GraphDocument::savePositions(const std::string &layout, const std::vector<StoredPosition> &positions)
{
    if (!m_graph)
        return tr("no store is open");
    try {
        if (!m_store)
            openStore();
        m_store->savePositions(layout, positions);
        return {};
    } catch (const InputError &error) {
        m_store.reset();
        return QString::fromStdString(error.what());
    }
}

} // namespace tiescope
