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

// What `after`, re-read from the store, holds of `before`: the baseline's delta, every id
// matched by key.
EditDelta deltaOf(const ApplyResult &result, const Dataset &before, const Dataset &after)
{
    EditDelta delta;
    delta.renumbered = true;
    std::vector<bool> kept(after.entities().size(), false);
    for (const Entity &entity : before.entities()) {
        const auto id = after.findEntity(entity.key);
        delta.entityMoves.push_back(id.value_or(EntityId{}));
        if (id)
            kept[id->index()] = true;
        else
            delta.entitiesRemoved.push_back(entity.key);
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (!kept[i])
            delta.entitiesAdded.emplace_back(i);
    }
    std::vector<bool> keptTies(after.ties().size(), false);
    for (const Tie &tie : before.ties()) {
        const auto id = after.findTie(tie.key);
        delta.tieMoves.push_back(id.value_or(TieId{}));
        if (id)
            keptTies[id->index()] = true;
        else
            delta.tiesRemoved.push_back(tie.key);
    }
    for (std::size_t i = 0; i < keptTies.size(); ++i) {
        if (!keptTies[i])
            delta.tiesAdded.emplace_back(i);
    }
    for (const AppliedChange &change : result.changes) {
        if (change.table == RecordTable::Sources)
            delta.sourcesChanged = true;
        if (change.operation != ChangeOperation::Update && change.table != RecordTable::Citations)
            continue;
        std::string_view key = change.key;
        const bool tieCitation = key.starts_with("tie:");
        if (change.table == RecordTable::Citations)
            key.remove_prefix(tieCitation ? 4 : key.starts_with("entity:") ? 7 : 0);
        if (change.table == RecordTable::Ties || tieCitation) {
            if (const auto id = after.findTie(key))
                delta.tiesChanged.push_back(*id);
        } else if (const auto id = after.findEntity(key)) {
            delta.entitiesChanged.push_back(*id);
        }
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
        // Assigned in place: views keep their references to the dataset and the graph.
        m_view.reset();
        const Dataset before = std::move(*m_dataset);
        *m_dataset = m_store->load();
        *m_graph = TieGraph(*m_dataset);
        m_view.emplace(FilterEngine::apply(*m_graph, m_filter));
        emit edited(deltaOf(result, before, *m_dataset), result);
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
