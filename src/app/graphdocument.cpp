// SPDX-License-Identifier: MIT
#include "app/graphdocument.h"

#include <QFileInfo>

#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"

namespace tiescope {

GraphDocument::GraphDocument(QObject *parent) : QObject(parent) {}

GraphDocument::~GraphDocument() = default;

void GraphDocument::replace(const QString &path, std::unique_ptr<Dataset> dataset, std::unique_ptr<TieGraph> graph)
{
    Q_ASSERT(dataset && graph && &graph->dataset() == dataset.get());
    emit aboutToReplace();
    m_view.reset();
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

} // namespace tiescope
