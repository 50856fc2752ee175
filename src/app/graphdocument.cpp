// SPDX-License-Identifier: MIT
#include "app/graphdocument.h"

#include <exception>

#include <QFileInfo>

#include "filter/filterengine.h"
#include "graph/tiegraph.h"
#include "model/dataset.h"
#include "store/store.h"

namespace tiescope {

GraphDocument::GraphDocument(QObject *parent) : QObject(parent) {}

GraphDocument::~GraphDocument() = default;

bool GraphDocument::open(const QString &path, QString *error)
{
    std::unique_ptr<Dataset> dataset;
    try {
        const Store store = Store::open(QFileInfo(path).absoluteFilePath().toStdString(), Store::Mode::ReadOnly);
        dataset = std::make_unique<Dataset>(store.load());
    } catch (const std::exception &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    auto graph = std::make_unique<TieGraph>(*dataset);
    emit aboutToReplace();
    m_view.reset();
    m_graph = std::move(graph);
    m_dataset = std::move(dataset);
    m_path = QFileInfo(path).absoluteFilePath();
    m_filter = FilterSpec{};
    m_view.emplace(FilterEngine::apply(*m_graph, m_filter));
    emit opened();
    return true;
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
